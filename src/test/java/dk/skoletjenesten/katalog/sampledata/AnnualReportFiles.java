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
final class AnnualReportFiles {
  static final List<String> SECTIONS =
      List.of("forord.md", "aaret-i-tal.md", "partnerskaber.md", "det-digitale-moedested.md");

  private AnnualReportFiles() {}

  static void write(Path out) throws IOException {
    Path dir = out.resolve("annual-report");
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("title", "Årsberetning");
    report.put("period", "2017-18");
    report.put("key_figures", keyFigures());
    report.put("charts", charts());
    report.put("people", people());
    report.put("sections", SECTIONS);
    Json.write(dir.resolve("report.json"), report);
    for (String section : SECTIONS) {
      Files.writeString(
          dir.resolve(section), Blocks.text("annual-report/" + section), StandardCharsets.UTF_8);
    }
  }

  private static List<Map<String, Object>> keyFigures() {
    Object[][] figures = {
      {"underviste børn og unge i alt", 218291},
      {"børn fra dagtilbud i undervisningsforløb", 5894},
      {"elever fra grundskolen i undervisningsforløb", 123637},
      {"elever fra ungdomsuddannelser i undervisningsforløb", 25211},
      {"undervisningstilbud i afdelingerne", 406},
      {"medarbejdere tilknyttet afdelingerne", 239},
      {"partnerskaber", 91},
      {"projekter", 36},
      {"medarbejdere i videncenteret", 45},
      {"undervisningsafdelinger", 20},
      {"studiegrupper", 21},
      {"deltagere i studiegrupperne", 207},
      {"underviserkurser", 4},
      {"deltagere på underviserkurserne", 80},
      {"eksterne læringsmiljøer på skoletjenesten.dk", 475},
      {"kommuner med kommunesite på skoletjenesten.dk", 14},
      {"undervisningstilbud på skoletjenesten.dk", 2000},
      {"eksemplarer af årskataloget", 17500},
      {"skoler, der fik årskataloget", 800}
    };
    List<Map<String, Object>> list = new ArrayList<>();
    for (Object[] f : figures) {
      list.add(point(f[0], f[1]));
    }
    return list;
  }

  private static List<Map<String, Object>> charts() {
    return List.of(
        chart(
            "institution-types",
            "Typer af eksterne læringsmiljøer på skoletjenesten.dk",
            "bar",
            "%",
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
            new Object[][] {
              {"Dagtilbud", 5894}, {"Grundskole", 123637}, {"Ungdomsuddannelser", 25211}
            }),
        chart(
            "partnerships",
            "Hvem har de eksterne læringsmiljøer partnerskaber med?",
            "column",
            "%",
            new Object[][] {
              {"Dagtilbud", 4},
              {"Skoler", 48},
              {"Ungdomsuddannelser", 4},
              {"Videregående uddannelser", 7},
              {"Kommuner", 28}
            }));
  }

  private static Map<String, Object> chart(
      String id, String title, String kind, String unit, Object[][] series) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("id", id);
    chart.put("title", title);
    chart.put("kind", kind);
    chart.put("unit", unit);
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
}
