package dk.skoletjenesten.katalog.draw;

import static dk.skoletjenesten.katalog.draw.SampleCharts.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.chart.ChartKind;
import dk.skoletjenesten.katalog.common.Units;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ChartCheckTest {
  private static final ChartRenderer RENDERER = ChartRendererTest.RENDERER;

  private static ChartSpec chart(
      ChartKind kind, double widthMm, double heightMm, ChartSpec.Point... points) {
    return new ChartSpec(kind, "Partnere", "%", "", List.of(points), widthMm, heightMm);
  }

  /** The problems as the report prints them after the chart's location: field, then message. */
  private static List<String> problems(ChartSpec spec) {
    return RENDERER.check(spec).stream().map(ChartProblem::toString).toList();
  }

  private static List<ChartSpec.Point> numbered(int count) {
    List<ChartSpec.Point> points = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      points.add(point("Afdeling " + i, i));
    }
    return points;
  }

  @Test
  void theSampleChartsCanBeDrawn() {
    assertThat(SampleCharts.ALL).allSatisfy(spec -> assertThat(problems(spec)).isEmpty());
  }

  @Test
  void aPieNeedsAColourForEverySlice() {
    ChartSpec spec =
        new ChartSpec(
            ChartKind.DONUT,
            "Afdelinger",
            "",
            "",
            numbered(3),
            120,
            60,
            ChartPalette.HOUSE.subList(0, 2));
    assertThat(problems(spec))
        .containsExactly("series: donut chart has 3 slices but only 2 colours");
  }

  @Test
  void everyCharacterMustBeInTheFont() {
    ChartSpec spec =
        new ChartSpec(
            ChartKind.BAR,
            "Partnere \u2605",
            "%",
            "",
            List.of(point("Skoler \u2713", 48)),
            120,
            60);
    assertThat(problems(spec))
        .containsExactly(
            "title: title \"Partnere \u2605\" has a character the chart font cannot print:"
                + " \"\u2605\" (U+2605)",
            "series[0].label: label \"Skoler \u2713\" has a character the chart font cannot"
                + " print: \"\u2713\" (U+2713)");
  }

  @Test
  void aBarLabelTooLongForTwoLinesIsSetSmallerAndInThreeLines() {
    ChartSpec spec =
        chart(
            ChartKind.BAR,
            60,
            60,
            point("Musik-, kultur-, ungdoms- og billedskoler", 4),
            point("Museer", 39));
    assertThat(problems(spec)).isEmpty();
    assertThat(LabelFit.fit(new ChartFonts(Path.of("fonts")), spec, Units.mmToPt(24)))
        .extracting(f -> f.style().sizePt(), f -> f.labels().get(0).lines().size())
        .containsExactly(7f, 3);
  }

  @Test
  void aBarLabelMustFitThreeLinesOfTheLabelColumnAtTheSmallestSize() {
    ChartSpec spec =
        chart(
            ChartKind.BAR,
            60,
            60,
            point("Musik-, kultur-, ungdoms-, billed- og kunstskoler, teatre og spillesteder", 4),
            point("Museer", 39));
    assertThat(problems(spec))
        .containsExactly(
            "series[0].label: label \"Musik-, kultur-, ungdoms-, billed- og kunstskoler, teatre"
                + " og spillesteder\" does not fit in 3 lines of 24.0 mm at 6 pt");
  }

  @Test
  void aColumnLabelMustFitUnderItsColumnAtTheSmallestSize() {
    ChartSpec spec =
        new ChartSpec(ChartKind.COLUMN, "Partnere", "%", "", SampleCharts.PARTNERSHIPS, 90, 70);
    assertThat(problems(spec))
        .containsExactly(
            "series[2].label: label \"Ungdomsuddannelser\" does not fit in 3 lines of 16.0 mm at"
                + " 6 pt");
  }

  /** An A5 page's text column (120 mm) holds the sample's five columns with 7 pt labels. */
  @Test
  void columnsOnASmallPageTakeSmallerLabels() {
    ChartSpec spec =
        new ChartSpec(ChartKind.COLUMN, "Partnere", "%", "", SampleCharts.PARTNERSHIPS, 120, 70);
    assertThat(problems(spec)).isEmpty();
    ChartFonts fonts = new ChartFonts(Path.of("fonts"));
    assertThat(LabelFit.fit(fonts, spec, Units.mmToPt(22)).style().sizePt()).isLessThan(8f);
    assertThat(LabelFit.fit(fonts, spec, Units.mmToPt(30)).style().sizePt()).isEqualTo(8f);
  }

  @Test
  void aValueMustFitAboveItsColumn() {
    ChartSpec spec =
        new ChartSpec(
            ChartKind.COLUMN,
            "Børn og unge",
            "børn og unge",
            "",
            List.of(point("Dagtilbud", 5894), point("Grundskole", 123637), point("Ungdom", 25211)),
            60,
            70);
    assertThat(problems(spec))
        .containsExactly(
            "series[0].value: value \"5.894 børn og unge\" does not fit above its column:"
                + " it needs 18.3 mm at 6 pt, 18.0 mm are there",
            "series[1].value: value \"123.637 børn og unge\" does not fit above its column:"
                + " it needs 20.8 mm at 6 pt, 18.0 mm are there",
            "series[2].value: value \"25.211 børn og unge\" does not fit above its column:"
                + " it needs 19.6 mm at 6 pt, 18.0 mm are there");
  }

  @Test
  void aLegendLabelMustFitTwoLinesOfTheLegend() {
    ChartSpec spec =
        new ChartSpec(
            ChartKind.PIE,
            "Partnere",
            "%",
            "",
            List.of(
                point("Zoo, naturcentre, universiteter, oplevelsescentre og botaniske haver", 9),
                point("Museer", 39)),
            40,
            120);
    assertThat(problems(spec))
        .containsExactly(
            "series[0].label: label \"Zoo, naturcentre, universiteter, oplevelsescentre og"
                + " botaniske haver\" does not fit in 3 lines of 26.3 mm at 6 pt");
  }

  @Test
  void aTitleMustFitTwoLines() {
    ChartSpec spec =
        new ChartSpec(
            ChartKind.BAR,
            "Hvem har de eksterne læringsmiljøer i hele landet partnerskaber med i 2017-18?",
            "%",
            "",
            List.of(point("Skoler", 48), point("Kommuner", 28)),
            60,
            80);
    assertThat(problems(spec))
        .containsExactly(
            "title: title \"Hvem har de eksterne læringsmiljøer i hele landet partnerskaber med i"
                + " 2017-18?\" does not fit in 2 lines of 60.0 mm at 10.5 pt");
  }

  @Test
  void barsNeedRoomForTheirLabelsAndTheHeightNamedSuffices() {
    ChartSpec low =
        new ChartSpec(ChartKind.BAR, "Typer", "%", "", SampleCharts.INSTITUTION_TYPES, 120, 50);
    assertThat(problems(low))
        .containsExactly(
            "bar chart needs a height of at least 85.3 mm for its 11 bars, got 50.0 mm");
    assertThat(problems(resized(low, 120, 85.3))).isEmpty();
  }

  @Test
  void barsNeedRoomBesideTheirLabels() {
    ChartSpec spec =
        new ChartSpec(
            ChartKind.BAR,
            "Børn",
            "børn og unge",
            "",
            List.of(point("Dagtilbud", 5894), point("Grundskole", 123637), point("Ungdom", 25211)),
            60,
            40);
    assertThat(problems(spec))
        .containsExactly(
            "bar chart is too narrow: its labels and values leave 13.6 mm for the longest bar,"
                + " at least 15.0 mm are needed");
  }

  @Test
  void columnsNeedHeightAndTheHeightNamedSuffices() {
    ChartSpec low =
        new ChartSpec(ChartKind.COLUMN, "Partnere", "%", "", SampleCharts.PARTNERSHIPS, 160, 30);
    assertThat(problems(low))
        .containsExactly("column chart needs a height of at least 34.1 mm, got 30.0 mm");
    assertThat(problems(resized(low, 160, 34.1))).isEmpty();
  }

  @Test
  void aPieNeedsRoomForItsLegendAndTheHeightNamedSuffices() {
    ChartSpec low =
        new ChartSpec(ChartKind.PIE, "Typer", "%", "", SampleCharts.INSTITUTION_TYPES, 120, 45);
    assertThat(problems(low))
        .containsExactly(
            "pie chart needs a height of at least 61.5 mm for its legend, got 45.0 mm");
    assertThat(problems(resized(low, 120, 61.5))).isEmpty();
  }

  @Test
  void aPieNeedsTheWidthOfTheSmallestPie() {
    ChartSpec narrow = new ChartSpec(ChartKind.DONUT, "Børn", "", "", SampleCharts.TAUGHT, 20, 80);
    assertThat(problems(narrow))
        .containsExactly("donut chart needs a width of at least 25.0 mm, got 20.0 mm");
  }

  @Test
  void atItsNaturalHeightEverySampleChartCanBeDrawnInA4AndA5Columns() {
    for (ChartSpec sample : SampleCharts.ALL) {
      for (double widthMm : new double[] {160, 150, 120, 115}) {
        ChartSpec spec = resized(sample, widthMm, 1);
        ChartSpec natural = spec.withHeightMm(RENDERER.naturalHeightMm(spec));
        assertThat(problems(natural)).as(natural.toString()).isEmpty();
      }
    }
  }

  @Test
  void theNaturalHeightGivesEachBarItsRow() {
    ChartSpec three = chart(ChartKind.BAR, 120, 1, point("A", 1), point("B", 2), point("C", 3));
    ChartSpec six =
        chart(
            ChartKind.BAR,
            120,
            1,
            point("A", 1),
            point("B", 2),
            point("C", 3),
            point("D", 4),
            point("E", 5),
            point("F", 6));
    assertThat(RENDERER.naturalHeightMm(six) - RENDERER.naturalHeightMm(three))
        .isCloseTo(3 * 7.5, Offset.offset(0.11));
  }

  @Test
  void dataThatNoChartCanShowIsRefusedWithTheRulesMessages() {
    assertThatThrownBy(
            () ->
                problems(chart(ChartKind.COLUMN, 120, 60, point("Skoler", -3), point("Skoler", 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot draw the column chart \"Partnere\":"
                + " [column chart needs values of 0 or more, got -3 for \"Skoler\","
                + " column chart has the label \"Skoler\" more than once]");
  }

  @Test
  void aChartWithBadDataHasNoNaturalHeight() {
    assertThatThrownBy(
            () -> RENDERER.naturalHeightMm(chart(ChartKind.PIE, 120, 1, point("Skoler", -3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot draw the pie chart \"Partnere\":"
                + " [pie chart needs values of 0 or more, got -3 for \"Skoler\"]");
  }

  private static ChartSpec resized(ChartSpec spec, double widthMm, double heightMm) {
    return new ChartSpec(
        spec.kind(),
        spec.title(),
        spec.unit(),
        spec.source(),
        spec.points(),
        widthMm,
        heightMm,
        spec.colours());
  }
}
