package dk.skoletjenesten.katalog.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the core registry: edition.json, municipalities.csv, institutions.csv (as Danish Excel
 * saves it), offers.json and schools.csv.
 */
final class RegistryFiles {
  /** The 14 municipality sites named in the 2017-18 annual report, with their portal slugs. */
  static final Map<Integer, String> PORTAL_SLUGS =
      Map.ofEntries(
          Map.entry(461, "odense"), Map.entry(175, "roedovrekommune"),
          Map.entry(400, "bornholm-skoletjenesten"), Map.entry(607, "fredericia"),
          Map.entry(260, "kulturtjeneste-halsnaes"), Map.entry(230, "rudersdal"),
          Map.entry(860, "hjørring"), Map.entry(846, "mariagerfjord"),
          Map.entry(482, "langeland-kommune"), Map.entry(671, "struer"),
          Map.entry(259, "kulturtjeneste-koge"), Map.entry(370, "nk"),
          Map.entry(157, "gentoftekommune"), Map.entry(580, "aabenraakommune"));

  /** Rows whose code is written the DAWA way, zero-padded to four digits. */
  private static final Set<Integer> DAWA_CODES = Set.of(101, 147, 400, 461, 580, 860);

  private RegistryFiles() {}

  static void edition(Path out) throws IOException {
    Map<String, Object> publisher = new LinkedHashMap<>();
    publisher.put("name", "Skoletjenesten");
    publisher.put("address", "Gyldenløvesgade 15, 5. sal, 1600 København V");
    publisher.put("email", "skoletj@skoletjenesten.dk");
    Map<String, Object> print = new LinkedHashMap<>();
    print.put("trim", "A4");
    print.put("bleed_mm", 3);
    print.put("binding", "perfect");
    print.put("paper_caliper_mm", 0.1);
    print.put("standard", "PDF/X-4");
    print.put("output_condition", "FOGRA39");
    print.put("crop_marks", false);
    Map<String, Object> edition = new LinkedHashMap<>();
    edition.put("school_year", "2018/19");
    edition.put("title", "310 steder at tage hen med skoletjenesten.dk");
    edition.put("subtitle", "Undervisning i eksterne læringsmiljøer");
    edition.put("portal_url", "https://www.skoletjenesten.dk");
    edition.put("publisher", publisher);
    edition.put("print", print);
    edition.put("date", "2018-08-13");
    edition.put("sections", sectionImages());
    // The sources name the funders, but no printer and no ISSN: those stay out.
    Map<String, Object> colophon = new LinkedHashMap<>();
    colophon.put("paper", "Indmad 100 g/m² silk, omslag 250 g/m² silk");
    colophon.put(
        "funders",
        List.of("Undervisningsministeriet", "Københavns Kommune", "Frederiksberg Kommune"));
    edition.put("colophon", colophon);
    Json.write(out.resolve("edition.json"), edition);
  }

  /** The openers' photos that ImageFiles.writeSectionPhotos draws, one per section. */
  private static List<Map<String, Object>> sectionImages() {
    String[][] images = {
      {"Kunst, design og arkitektur", "sektion-kunst.jpg"},
      {"Kulturhistoriske museer", "sektion-kulturhistoriske-museer.jpg"},
      {"Kulturhistoriske miljøer", "sektion-kulturhistoriske-miljoeer.jpg"},
      {"Scenekunst, musik, film og bevægelse", "sektion-scenekunst.jpg"},
      {"Naturfag og naturvidenskab", "sektion-naturfag.jpg"},
      {"Lokalhistoriske museer", "sektion-lokalhistoriske-museer.jpg"},
      {"Kultur, udvikling og samfund", "sektion-kultur-og-samfund.jpg"}
    };
    List<Map<String, Object>> list = new ArrayList<>();
    for (String[] image : images) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("section", image[0]);
      entry.put("image", image[1]);
      list.add(entry);
    }
    return list;
  }

  static void municipalities(Path out, Reference ref) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Reference.Municipality m : ref.municipalities.values()) {
      String code =
          DAWA_CODES.contains(m.code())
              ? String.format("%04d", m.code())
              : String.valueOf(m.code());
      rows.add(
          List.of(
              code, m.name(), m.shortName(), m.region(), PORTAL_SLUGS.getOrDefault(m.code(), "")));
    }
    ExcelCsv.writePlain(
        out.resolve("municipalities.csv"),
        List.of("code", "name", "short_name", "region", "portal_slug"),
        rows);
  }

  static void institutions(Path out, List<Inst> institutions) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Inst i : institutions) {
      rows.add(
          List.of(
              i.id(),
              i.name(),
              i.kind().section(),
              i.kind().type(),
              i.street(),
              i.place().postcode(),
              i.place().city(),
              String.valueOf(i.municipality()),
              i.url(),
              nullToEmpty(i.phone()),
              nullToEmpty(i.email()),
              i.description(),
              nullToEmpty(i.logo()),
              String.valueOf(i.partner())));
    }
    ExcelCsv.writeExcel(
        out.resolve("institutions.csv"),
        List.of(
            "id",
            "name",
            "section",
            "type",
            "street",
            "postcode",
            "city",
            "municipality",
            "url",
            "phone",
            "email",
            "description",
            "logo",
            "partner"),
        rows);
  }

  static void offers(Path out, List<OfferRow> offers) throws IOException {
    Json.write(out.resolve("offers.json"), offers.stream().map(OfferRow::toJson).toList());
  }

  static void schools(Path out, List<SchoolFactory.School> schools) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (SchoolFactory.School s : schools) {
      rows.add(
          List.of(s.id(), s.name(), String.valueOf(s.municipality()), String.valueOf(s.copies())));
    }
    ExcelCsv.writePlain(
        out.resolve("schools.csv"), List.of("id", "name", "municipality", "copies"), rows);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
