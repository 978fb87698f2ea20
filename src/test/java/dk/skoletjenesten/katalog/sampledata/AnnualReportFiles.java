package dk.skoletjenesten.katalog.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual report 2017-18: key figures, charts and people from the published report, and four
 * section texts written for this sample (annual-report/*.md in the resources).
 */
/**
 * The annual report 2017-18 as a full booklet's data: key figures in the report's three groups,
 * charts of every kind, people, the organisation with its units and partners, the signed foreword
 * and seven sections, all facts from the published report; the texts are written for this sample
 * (annual-report/*.md in the resources). The print run and the social media addresses are this
 * sample's own.
 */
final class AnnualReportFiles {
  static final String FOREWORD = "forord.md";
  static final List<String> SECTIONS =
      List.of(
          "et-videncenter.md",
          "viden-vokser-af-praksis.md",
          "fokus-partnerskaber.md",
          "fokus-digitalt-moedested.md",
          "kvalificering-af-viden.md",
          "viden-i-anvendelse.md",
          "hele-vejen-ud.md");

  /** 172 mm at 300 ppi. */
  static final int IMAGE_W = 2040;

  private AnnualReportFiles() {}

  static void write(Path out) throws IOException {
    Path dir = out.resolve("annual-report");
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("title", "Årsberetning");
    report.put("period", "2017-18");
    report.put("trim", "A4");
    report.put("copies", 600);
    report.put("key_figure_groups", figureGroups());
    report.put("charts", charts());
    report.put("people", people());
    report.put("organisation", organisation());
    report.put("foreword", foreword());
    report.put("sections", SECTIONS);
    report.put("channels", channels());
    Json.write(dir.resolve("report.json"), report);
    for (String text : texts()) {
      Files.writeString(
          dir.resolve(text), Blocks.text("annual-report/" + text), StandardCharsets.UTF_8);
    }
    images(out.resolve("images"));
  }

  /**
   * The sections' images (their front matter names them), drawn for 300 ppi across the A4 text and
   * side columns (172 mm); each is as high as its section's pages leave room for.
   */
  private static void images(Path dir) throws IOException {
    Files.createDirectories(dir);
    ImageFiles.jpeg(dir.resolve("beretning-strand.jpg"), Photos.beach(IMAGE_W, 1400));
    ImageFiles.jpeg(dir.resolve("beretning-museum.jpg"), Photos.museumHall(IMAGE_W, 1500));
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of(FOREWORD));
    texts.addAll(SECTIONS);
    return texts;
  }

  /** "Videncenteret i tal" and "2017-18 i tal", grouped as the report prints them. */
  private static List<Map<String, Object>> figureGroups() {
    return List.of(
        group(
            "Videncenteret",
            new Object[][] {
              {"medarbejdere i videncenteret", 45},
              {"partnerskaber med eksterne læringsmiljøer", 18},
              {"partnerskaber med kommuner", 8},
              {"undervisningsafdelinger", 20},
              {"studiegrupper i hele landet", 21},
              {"deltagere i studiegrupperne", 207},
              {"underviserkurser", 4},
              {"deltagere på underviserkurserne", 80},
              {"gange er MuseumsUndervisningsUddannelsen gennemført", 9}
            }),
        group(
            "Videncenterets afdelinger",
            new Object[][] {
              {"medarbejdere tilknyttet afdelingerne", 239},
              {"undervisningstilbud", 406},
              {"partnerskaber", 91},
              {"projekter", 36},
              {"underviste børn og unge i alt", 218291},
              {"børn fra dagtilbud i undervisningsforløb", 5894},
              {"elever fra grundskolen i undervisningsforløb", 123637},
              {"elever fra ungdomsuddannelser i undervisningsforløb", 25211}
            }),
        group(
            "skoletjenesten.dk",
            new Object[][] {
              {"eksterne læringsmiljøer over hele landet", 475},
              {"kommuner med kommunesite på skoletjenesten.dk", 14},
              {"undervisningstilbud", 2000},
              {"eksemplarer af årskataloget", 17500},
              {"skoler, der fik årskataloget", 800}
            }));
  }

  private static Map<String, Object> group(String heading, Object[][] figures) {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("heading", heading);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Object[] f : figures) {
      list.add(point(f[0], f[1]));
    }
    group.put("figures", list);
    return group;
  }

  private static List<Map<String, Object>> charts() {
    return List.of(
        chart(
            "institution-types",
            "Typer af eksterne læringsmiljøer på skoletjenesten.dk",
            "bar",
            "%",
            "Kilde: skoletjenesten.dk, 2017-18",
            new Object[][] {
              {"Biblioteker og arkiver", 4},
              {"Foreninger, NGO'er og interesseorganisationer", 7},
              {"Forsyningsvirksomheder", 3},
              {"Kommuner", 3},
              {"Kulturhuse og værksteder", 4},
              {"Museer", 39},
              {"Musik-, kultur-, ungdoms- og billedskoler", 4},
              {"Scenekunst, film og musik", 12},
              {"Slotte, borge og historiske miljøer", 13},
              {"Udstillingssteder for kunst og kultur", 3},
              {"Zoo, naturcentre, universiteter og oplevelse", 9}
            }),
        chart(
            "taught",
            "Børn og unge i undervisningsforløb",
            "donut",
            "børn og unge",
            "Kilde: Skoletjenestens afdelinger, 2017-18",
            new Object[][] {
              {"Dagtilbud", 5894}, {"Grundskole", 123637}, {"Ungdomsuddannelser", 25211}
            }),
        chart(
            "partnerships",
            "Hvem har de eksterne læringsmiljøer partnerskaber med?",
            "column",
            "%",
            "Kilde: Skoletjenestens afdelinger, 2017-18",
            new Object[][] {
              {"Dagtilbud", 4},
              {"Skoler", 48},
              {"Ungdomsuddannelser", 4},
              {"Videregående uddannelser", 7},
              {"Kommuner", 28}
            }),
        chart(
            "new-partnerships",
            "Afdelingernes 91 partnerskaber",
            "pie",
            "partnerskaber",
            "",
            new Object[][] {{"Nyetablerede i 2017-18", 46}, {"Videreført fra tidligere år", 45}}));
  }

  private static Map<String, Object> chart(
      String id, String title, String kind, String unit, String source, Object[][] series) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("id", id);
    chart.put("title", title);
    chart.put("kind", kind);
    chart.put("unit", unit);
    if (!source.isEmpty()) {
      chart.put("source", source);
    }
    List<Map<String, Object>> points = new ArrayList<>();
    for (Object[] p : series) {
      points.add(point(p[0], p[1]));
    }
    chart.put("series", points);
    return chart;
  }

  private static Map<String, Object> point(Object label, Object value) {
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("label", label);
    point.put("value", value);
    return point;
  }

  /** The board and the board of directors as of 30 June 2018, and the management. */
  private static List<Map<String, Object>> people() {
    String[][] people = {
      {
        "Bestyrelse",
        "Jesper Christensen",
        "formand for bestyrelsen, borgmester, Børne- og Ungdomsudvalget, Københavns Kommune"
      },
      {
        "Bestyrelse",
        "Michael Vindfeldt",
        "formand for Undervisningsudvalget, Frederiksberg Kommune"
      },
      {"Bestyrelse", "Esat Sentürk", "byrådsmedlem, Høje-Taastrup Kommune/KKR Hovedstaden"},
      {
        "Bestyrelse",
        "Lars Damgaard Pedersen",
        "formand for Børn og Undervisningsudvalget, Sorø Kommune/KKR Sjælland"
      },
      {"Bestyrelse", "Poul Vestergaard", "sekretær for bestyrelsen, Skoletjenestens leder"},
      {
        "Direktørkreds",
        "Tobias Børner Stax",
        "adm. direktør, Børne- og Ungdomsforvaltningen, Københavns Kommune"
      },
      {
        "Direktørkreds",
        "Ditte Bergholdt Asmussen",
        "centerchef, Fagligt Center, Børne- og Ungdomsforvaltningen, Københavns Kommune"
      },
      {"Direktørkreds", "Inger Andersen", "børne- og ungedirektør, Frederiksberg Kommune"},
      {"Direktørkreds", "Steen Ebdrup", "skolechef, Bornholms Regionskommune/BKF Hovedstaden"},
      {
        "Direktørkreds",
        "Kim Christoffersen Dawartz",
        "centerchef, Center for Kultur og Borgerservice, Næstved Kommune/BKF Sjælland"
      },
      {
        "Direktørkreds",
        "Peter C. Kjærgaard",
        "museumsdirektør, Statens Naturhistoriske Museum (naturvidenskab)"
      },
      {
        "Direktørkreds",
        "Tinna Damgård-Sørensen",
        "museumsdirektør, Vikingeskibsmuseet (kulturhistorie)"
      },
      {
        "Direktørkreds",
        "Anne-Louise Sommer",
        "museumsdirektør, Designmuseum Danmark (billedkunst/æstetiske fag)"
      },
      {"Ledelse", "Poul Vestergaard", "leder"},
      {"Ledelse", "Marie Damsgaard Andersen", "souschef"}
    };
    List<Map<String, Object>> list = new ArrayList<>();
    for (String[] p : people) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("group", p[0]);
      person.put("name", p[1]);
      person.put("role", p[2]);
      list.add(person);
    }
    return list;
  }

  /** The organisation diagram: board, directors, management, then the units and their partners. */
  private static Map<String, Object> organisation() {
    Map<String, Object> organisation = new LinkedHashMap<>();
    organisation.put(
        "board",
        body(
            "Bestyrelse",
            "Politisk repræsentation fra Københavns Kommune, Frederiksberg Kommune,"
                + " KKR Hovedstaden og KKR Sjælland"));
    organisation.put(
        "directors",
        body(
            "Direktørkreds",
            "Faglig repræsentation fra Københavns Kommune, Frederiksberg Kommune,"
                + " BKF Hovedstaden, BKF Sjælland og kulturinstitution med partnerskab"));
    organisation.put("management", body("Ledelse", null));
    organisation.put("units", units());
    return organisation;
  }

  private static Map<String, Object> body(String name, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    if (description != null) {
      body.put("description", description);
    }
    return body;
  }

  private static List<Map<String, Object>> units() {
    String own = "Projekter og driftsenheder med selvstændige styregrupper";
    String office = "Sekretariat og afdelinger";
    return List.of(
        unit(own, "Naturcenter Amager Strand", "Københavns Kommune", "Frederiksberg Kommune"),
        unit(
            own,
            "Københavns Befæstning",
            "Rødovre Kommune",
            "Frederiksberg Kommune",
            "Københavns Kommune"),
        unit(own, "Skoletjenesten Öresund", "Malmø Universitet", "Malmø kulturforvaltning"),
        unit(
            own,
            "Skoletjenesten Bornholm",
            "Bornholms Regionskommune",
            "Bornholms Museer",
            "Natur Bornholm"),
        unit(
            own,
            "Nationalt netværk af skoletjenester",
            "Undervisningsministeriet",
            "Kulturministeriet",
            "Hjørring Kommune",
            "Viborg Kommune",
            "Fredericia Kommune"),
        unit(office, "Administration"),
        unit(office, "Pædagogisk Udvikling"),
        unit(office, "Kommunikation"),
        unit(
            office,
            "Afdelinger",
            "Arbejdermuseet",
            "ARKEN",
            "Danmarks Tekniske Museum",
            "Dansk Arkitektur Center",
            "Den Blå Planet",
            "Designmuseum Danmark",
            "Det Danske Filminstitut/Film-X",
            "KØS",
            "Museet for Samtidskunst",
            "Museum Vestsjælland",
            "Sagnlandet Lejre",
            "Statens Museum for Kunst",
            "Statens Naturhistoriske Museum",
            "Vikingeskibsmuseet",
            "Zoo",
            "Nationalmuseet: Musikmuseet",
            "Historie & Kunst: Københavns Museum og Stadsarkivet",
            "Historie & Kunst: Thorvaldsens Museum"));
  }

  private static Map<String, Object> unit(String group, String name, String... partners) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("name", name);
    unit.put("group", group);
    unit.put("partners", List.of(partners));
    return unit;
  }

  private static Map<String, Object> foreword() {
    Map<String, Object> foreword = new LinkedHashMap<>();
    foreword.put("file", FOREWORD);
    foreword.put(
        "signatures",
        List.of(
            labelled("name", "Poul Vestergaard", "role", "leder"),
            labelled("name", "Marie Damsgaard Andersen", "role", "souschef")));
    return foreword;
  }

  /** The back cover's channels, as the report names them. */
  private static List<Map<String, Object>> channels() {
    return List.of(
        channel("skoletjenesten.dk", "https://www.skoletjenesten.dk"),
        channel(
            "Facebook: Skoletjenesten – for lærere og pædagoger",
            "https://www.facebook.com/skoletjenesten"),
        channel("LinkedIn: Skoletjenesten", "https://www.linkedin.com/company/skoletjenesten"),
        channel("ISSUU: skoletjenestendk", "https://issuu.com/skoletjenestendk"),
        channel("YouTube: Skoletjenesten", "https://www.youtube.com/user/skoletjenesten"));
  }

  private static Map<String, Object> channel(String label, String url) {
    return labelled("label", label, "url", url);
  }

  private static Map<String, Object> labelled(String k1, String v1, String k2, String v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
