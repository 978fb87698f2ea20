package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.chart.ChartKind;
import java.util.List;

/** The 2017-18 annual report's charts (sample-data/annual-report), at booklet sizes. */
final class SampleCharts {
  static final String SOURCE = "Kilde: Skoletjenestens registreringer 2017-18";

  static final List<ChartSpec.Point> INSTITUTION_TYPES =
      List.of(
          point("Biblioteker og arkiver", 4),
          point("Foreninger, NGO'er og interesseorganisationer", 7),
          point("Forsyningsvirksomheder", 3),
          point("Kommuner", 3),
          point("Kulturhuse og værksteder", 4),
          point("Museer", 39),
          point("Musik-, kultur-, ungdoms- og billedskoler", 4),
          point("Scenekunst, film og musik", 12),
          point("Slotte, borge og historiske miljøer", 13),
          point("Udstillingssteder for kunst og kultur", 3),
          point("Zoo, naturcentre, universiteter og oplevelse", 9));

  static final List<ChartSpec.Point> TAUGHT =
      List.of(
          point("Dagtilbud", 5894),
          point("Grundskole", 123637),
          point("Ungdomsuddannelser", 25211));

  static final List<ChartSpec.Point> PARTNERSHIPS =
      List.of(
          point("Dagtilbud", 4),
          point("Skoler", 48),
          point("Ungdomsuddannelser", 4),
          point("Videregående uddannelser", 7),
          point("Kommuner", 28));

  static final ChartSpec BAR =
      new ChartSpec(
          ChartKind.BAR,
          "Typer af eksterne læringsmiljøer på skoletjenesten.dk",
          "%",
          SOURCE,
          INSTITUTION_TYPES,
          160,
          100);

  static final ChartSpec COLUMN =
      new ChartSpec(
          ChartKind.COLUMN,
          "Hvem har de eksterne læringsmiljøer partnerskaber med?",
          "%",
          SOURCE,
          PARTNERSHIPS,
          150,
          75);

  static final ChartSpec PIE =
      new ChartSpec(
          ChartKind.PIE,
          "Typer af eksterne læringsmiljøer på skoletjenesten.dk",
          "%",
          SOURCE,
          INSTITUTION_TYPES,
          160,
          80);

  static final ChartSpec DONUT =
      new ChartSpec(
          ChartKind.DONUT,
          "Børn og unge i undervisningsforløb",
          "børn og unge",
          "",
          TAUGHT,
          120,
          55);

  static final List<ChartSpec> ALL = List.of(BAR, COLUMN, PIE, DONUT);

  private SampleCharts() {}

  static ChartSpec.Point point(String label, double value) {
    return new ChartSpec.Point(label, value);
  }
}
