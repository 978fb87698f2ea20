package dk.skoletjenesten.katalog.insert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a data folder with one insert order for Aabenraa Kommune (580) whose selection has {@code
 * places} places and {@code offers} offers (at least one per place), spread over the seven
 * sections, with plausible Danish names and texts of realistic length. Deterministic for the same
 * counts.
 */
final class SyntheticData {
  static final Path LOGO = Path.of("src/test/resources/registry/valid-csv/images/aabenraa.png");
  private static final String[] SECTIONS = {
    "Kunst, design og arkitektur", "Kulturhistoriske museer", "Kulturhistoriske miljøer",
    "Scenekunst, musik, film og bevægelse", "Naturfag og naturvidenskab", "Lokalhistoriske museer",
    "Kultur, udvikling og samfund"
  };
  private static final String[] TYPES = {
    "Udstillingssteder for kunst og kultur", "Museer", "Slotte, borge og historiske miljøer",
    "Scenekunst, film og musik", "Zoo, naturcentre, universiteter og oplevelse", "Museer",
    "Biblioteker og arkiver"
  };
  private static final String[] NAME_HEADS = {
    "Kunsthal",
    "Museum",
    "Voldsted",
    "Teater",
    "Naturcenter",
    "Egnsmuseum",
    "Bibliotek",
    "Værksted",
    "Galleri",
    "Mølle",
    "Skovskole",
    "Arkiv",
    "Musikskole",
    "Strandcenter",
    "Herregård"
  };
  private static final String[] PLACE_NAMES = {
    "Aabenraa", "Rødekro", "Padborg", "Kollund", "Løjt", "Genner", "Varnæs", "Bov", "Tinglev",
        "Hjordkær",
    "Felsted", "Bolderslev", "Kliplev", "Ensted", "Stubbæk", "Hostrup", "Uge", "Burkal", "Kruså",
        "Søgaard"
  };
  private static final String[] TITLES = {
    "Fortællinger fra oldtiden",
    "Vand, vind og vejr",
    "Kunst man kan røre ved",
    "Byens historie på egne ben",
    "Fra frø til brød",
    "Lyd og rytme",
    "Livet i strandkanten",
    "Kilder og kort",
    "Skulptur i skolegården",
    "Sådan boede de",
    "Krop og scene",
    "Fuglenes forår",
    "Grænselandets historie",
    "Design med genbrug",
    "Mikroskopets verden",
    "Teater for de mindste",
    "Energi i landskabet",
    "Demokrati i praksis"
  };
  private static final String[] SENTENCES = {
    "Eleverne undersøger genstande fra samlingen og tegner det, de ser.",
    "Forløbet veksler mellem fortælling, værksted og små undersøgelser i grupper.",
    "Klassen arbejder ude det meste af tiden, så tag tøj på efter vejret.",
    "Undervisningen bygger på Fælles Mål og kan tilpasses klassens niveau.",
    "Bagefter får læreren materiale, så arbejdet kan fortsætte hjemme på skolen.",
    "Børnene bruger alle sanser og prøver selv redskaberne af.",
    "En formidler tager imod klassen og viser rundt bag kulisserne.",
    "Forløbet slutter med en lille udstilling, som eleverne selv laver."
  };
  private static final String[][] SUBJECTS = {
    {"Historie"},
    {"Billedkunst", "Håndværk og design"},
    {"Natur/teknologi"},
    {"Biologi", "Geografi"},
    {"Dansk", "Historie"},
    {"Musik"},
    {"Samfundsfag"},
    {"Matematik", "Natur/teknologi"}
  };

  private SyntheticData() {}

  /** Writes the folder and returns it; the order file is {@code orders/inserts/aabenraa.json}. */
  static Path write(Path dir, int places, int offers) {
    try {
      Random random = new Random(places * 1000L + offers);
      Files.createDirectories(dir.resolve("orders/inserts"));
      Files.createDirectories(dir.resolve("images"));
      Files.copy(LOGO, dir.resolve("images/aabenraa.png"));
      Files.writeString(
          dir.resolve("edition.json"),
          """
          { "school_year": "2018/19", "title": "310 steder at tage hen med skoletjenesten.dk",
            "subtitle": "Undervisning i eksterne læringsmiljøer", "portal_url": "https://www.skoletjenesten.dk",
            "publisher": { "name": "Skoletjenesten", "address": "Gyldenløvesgade 15, 5. sal, 1600 København V",
                           "email": "skoletj@skoletjenesten.dk" },
            "print": { "trim": "A4", "bleed_mm": 3, "binding": "perfect" }, "date": "2018-08-13" }
          """);
      // all 98 municipalities, as the contract requires (Aabenraa's portal slug aabenraakommune)
      Files.copy(Path.of("sample-data/municipalities.csv"), dir.resolve("municipalities.csv"));
      Files.writeString(
          dir.resolve("schools.csv"),
          "id;name;municipality;copies\nkongehoej;Kongehøjskolen;580;30\n");
      List<String> institutions = new ArrayList<>();
      institutions.add(
          "id;name;section;type;street;postcode;city;municipality;url;phone;email;description;logo;partner");
      List<String> offerRows = new ArrayList<>();
      offerRows.add(
          "id;institution;title;teaser;stages;grade_from;grade_to;subjects;themes;duration_minutes;price_dkk;"
              + "price_note;max_pupils;url;new");
      for (int p = 0; p < places; p++) {
        int s = p % SECTIONS.length;
        String id = "sted-" + p;
        String name =
            NAME_HEADS[(p * 7 + s) % NAME_HEADS.length]
                + " "
                + PLACE_NAMES[p % PLACE_NAMES.length]
                + (p >= PLACE_NAMES.length ? " " + (char) ('A' + p / PLACE_NAMES.length) : "");
        institutions.add(
            String.join(
                ";",
                id,
                name,
                SECTIONS[s],
                TYPES[s],
                "Storegade " + (p + 1),
                "6200",
                "Aabenraa",
                "580",
                "https://www.skoletjenesten.dk/sted/" + id,
                "74 " + (10 + p % 90) + " 20 00",
                p % 3 == 0 ? "" : "booking@" + id + ".dk",
                text(random, 2 + random.nextInt(2)),
                "",
                p % 5 == 0 ? "true" : "false"));
        int count =
            1
                + (p < offers - places
                    ? (offers - places) / places + (p < (offers - places) % places ? 1 : 0)
                    : 0);
        for (int o = 0; o < count; o++) {
          String oid = id + "-" + o;
          int from = random.nextInt(8);
          int to = Math.min(10, from + random.nextInt(4));
          String stage = from <= 3 ? "indskoling" : from <= 6 ? "mellemtrin" : "udskoling";
          int price = random.nextInt(3) == 0 ? 0 : 300 + 75 * random.nextInt(14);
          offerRows.add(
              String.join(
                  ";",
                  oid,
                  id,
                  TITLES[(p + o * 5) % TITLES.length],
                  text(random, 1 + random.nextInt(3)),
                  stage,
                  "" + from,
                  "" + to,
                  String.join("|", SUBJECTS[random.nextInt(SUBJECTS.length)]),
                  "",
                  "" + (45 + 45 * random.nextInt(6)),
                  "" + price,
                  price > 0 && random.nextInt(4) == 0 ? "pr. klasse inkl. materialer" : "",
                  "28",
                  "https://www.skoletjenesten.dk/tilbud/" + oid,
                  random.nextInt(6) == 0 ? "true" : "false"));
        }
      }
      Files.write(dir.resolve("institutions.csv"), institutions);
      Files.write(dir.resolve("offers.csv"), offerRows);
      Files.writeString(
          dir.resolve("orders/inserts/aabenraa.json"),
          """
          { "municipality": 580,
            "intro": "Aabenraa Kommune er fuld af steder, hvor eleverne kan lære noget, de ikke kan lære i klasselokalet: \
          museer, naturcentre, værksteder, arkiver og scener.\\n\\nI dette hæfte har vi samlet dem, der tager imod \
          skoleklasser og dagtilbud. **Brug det, når I planlægger året**, og book direkte hos stederne.",
            "contact": { "name": "Anne Jensen", "email": "aj@aabenraa.dk", "phone": "73 76 76 76" },
            "include": { "located_in_municipality": true },
            "logo": "aabenraa.png" }
          """);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic data in " + dir, e);
    }
  }

  private static String text(Random random, int sentences) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      out.add(SENTENCES[random.nextInt(SENTENCES.length)]);
    }
    return String.join(" ", out);
  }
}
