package dk.skoletjenesten.katalog.draw;

import static dk.skoletjenesten.katalog.draw.SampleCharts.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ChartCheckTest {
  private static final ChartRenderer RENDERER = ChartRendererTest.RENDERER;

  private static ChartSpec chart(
      ChartSpec.Kind kind, double widthMm, double heightMm, ChartSpec.Point... points) {
    return new ChartSpec(kind, "Partnere", "%", "", List.of(points), widthMm, heightMm);
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
    assertThat(SampleCharts.ALL).allSatisfy(spec -> assertThat(RENDERER.check(spec)).isEmpty());
  }

  @Test
  void aPieNeedsAColourForEverySlice() {
    ChartSpec spec =
        new ChartSpec(
            ChartSpec.Kind.DONUT,
            "Afdelinger",
            "",
            "",
            numbered(3),
            120,
            60,
            ChartPalette.HOUSE.subList(0, 2));
    assertThat(RENDERER.check(spec)).containsExactly("donut chart has 3 slices but only 2 colours");
  }

  @Test
  void everyCharacterMustBeInTheFont() {
    ChartSpec spec =
        new ChartSpec(
            ChartSpec.Kind.BAR,
            "Partnere \u2605",
            "%",
            "",
            List.of(point("Skoler \u2713", 48)),
            120,
            60);
    assertThat(RENDERER.check(spec))
        .containsExactly(
            "title \"Partnere \u2605\" has a character the chart font cannot print:"
                + " \"\u2605\" (U+2605)",
            "label \"Skoler \u2713\" has a character the chart font cannot print:"
                + " \"\u2713\" (U+2713)");
  }

  @Test
  void aBarLabelMustFitTwoLinesOfTheLabelColumn() {
    ChartSpec spec =
        chart(
            ChartSpec.Kind.BAR,
            60,
            60,
            point("Musik-, kultur-, ungdoms- og billedskoler", 4),
            point("Museer", 39));
    assertThat(RENDERER.check(spec))
        .containsExactly(
            "label \"Musik-, kultur-, ungdoms- og billedskoler\" does not fit in 2 lines"
                + " of 24.0 mm at 8 pt");
  }

  @Test
  void aColumnLabelMustFitTwoLinesUnderItsColumn() {
    ChartSpec spec =
        new ChartSpec(
            ChartSpec.Kind.COLUMN, "Partnere", "%", "", SampleCharts.PARTNERSHIPS, 115, 70);
    assertThat(RENDERER.check(spec))
        .containsExactly("label \"Ungdomsuddannelser\" does not fit in 2 lines of 21.0 mm at 8 pt");
  }

  @Test
  void aValueMustFitAboveItsColumn() {
    ChartSpec spec =
        new ChartSpec(
            ChartSpec.Kind.COLUMN,
            "Børn og unge",
            "børn og unge",
            "",
            List.of(point("Dagtilbud", 5894), point("Grundskole", 123637), point("Ungdom", 25211)),
            60,
            70);
    assertThat(RENDERER.check(spec))
        .containsExactly(
            "value \"5.894 børn og unge\" does not fit above its column:"
                + " it needs 24.4 mm, 18.0 mm are there",
            "value \"123.637 børn og unge\" does not fit above its column:"
                + " it needs 27.7 mm, 18.0 mm are there",
            "value \"25.211 børn og unge\" does not fit above its column:"
                + " it needs 26.1 mm, 18.0 mm are there");
  }

  @Test
  void aLegendLabelMustFitTwoLinesOfTheLegend() {
    ChartSpec spec =
        new ChartSpec(
            ChartSpec.Kind.PIE,
            "Partnere",
            "%",
            "",
            List.of(
                point("Zoo, naturcentre, universiteter og oplevelsescentre", 9),
                point("Museer", 39)),
            40,
            120);
    assertThat(RENDERER.check(spec))
        .containsExactly(
            "label \"Zoo, naturcentre, universiteter og oplevelsescentre\" does not fit"
                + " in 2 lines of 26.3 mm at 8 pt");
  }

  @Test
  void aTitleMustFitTwoLines() {
    ChartSpec spec =
        new ChartSpec(
            ChartSpec.Kind.BAR,
            "Hvem har de eksterne læringsmiljøer i hele landet partnerskaber med i 2017-18?",
            "%",
            "",
            List.of(point("Skoler", 48), point("Kommuner", 28)),
            60,
            80);
    assertThat(RENDERER.check(spec))
        .containsExactly(
            "title \"Hvem har de eksterne læringsmiljøer i hele landet partnerskaber med i"
                + " 2017-18?\" does not fit in 2 lines of 60.0 mm at 10.5 pt");
  }

  @Test
  void barsNeedRoomForTheirLabelsAndTheHeightNamedSuffices() {
    ChartSpec low =
        new ChartSpec(
            ChartSpec.Kind.BAR, "Typer", "%", "", SampleCharts.INSTITUTION_TYPES, 120, 50);
    assertThat(RENDERER.check(low))
        .containsExactly(
            "bar chart needs a height of at least 85.3 mm for its 11 bars, got 50.0 mm");
    assertThat(RENDERER.check(resized(low, 120, 85.3))).isEmpty();
  }

  @Test
  void barsNeedRoomBesideTheirLabels() {
    ChartSpec spec =
        new ChartSpec(
            ChartSpec.Kind.BAR,
            "Børn",
            "børn og unge",
            "",
            List.of(point("Dagtilbud", 5894), point("Grundskole", 123637), point("Ungdom", 25211)),
            60,
            40);
    assertThat(RENDERER.check(spec))
        .containsExactly(
            "bar chart is too narrow: its labels and values leave 13.6 mm for the longest bar,"
                + " at least 15.0 mm are needed");
  }

  @Test
  void columnsNeedHeightAndTheHeightNamedSuffices() {
    ChartSpec low =
        new ChartSpec(
            ChartSpec.Kind.COLUMN, "Partnere", "%", "", SampleCharts.PARTNERSHIPS, 160, 30);
    assertThat(RENDERER.check(low))
        .containsExactly("column chart needs a height of at least 34.1 mm, got 30.0 mm");
    assertThat(RENDERER.check(resized(low, 160, 34.1))).isEmpty();
  }

  @Test
  void aPieNeedsRoomForItsLegendAndTheHeightNamedSuffices() {
    ChartSpec low =
        new ChartSpec(
            ChartSpec.Kind.PIE, "Typer", "%", "", SampleCharts.INSTITUTION_TYPES, 120, 45);
    assertThat(RENDERER.check(low))
        .containsExactly(
            "pie chart needs a height of at least 61.5 mm for its legend, got 45.0 mm");
    assertThat(RENDERER.check(resized(low, 120, 61.5))).isEmpty();
  }

  @Test
  void aPieNeedsTheWidthOfTheSmallestPie() {
    ChartSpec narrow =
        new ChartSpec(ChartSpec.Kind.DONUT, "Børn", "", "", SampleCharts.TAUGHT, 20, 80);
    assertThat(RENDERER.check(narrow))
        .containsExactly("donut chart needs a width of at least 25.0 mm, got 20.0 mm");
  }

  @Test
  void atItsNaturalHeightEverySampleChartCanBeDrawnInA4AndA5Columns() {
    for (ChartSpec sample : SampleCharts.ALL) {
      for (double widthMm : new double[] {160, 115}) {
        ChartSpec spec = resized(sample, widthMm, 1);
        if (spec.kind() == ChartSpec.Kind.COLUMN && widthMm < 125) {
          continue; // "Ungdomsuddannelser" needs 25 mm under each of five columns
        }
        ChartSpec natural = spec.withHeightMm(RENDERER.naturalHeightMm(spec));
        assertThat(RENDERER.check(natural)).as(natural.toString()).isEmpty();
      }
    }
  }

  @Test
  void theNaturalHeightGivesEachBarItsRow() {
    ChartSpec three =
        chart(ChartSpec.Kind.BAR, 120, 1, point("A", 1), point("B", 2), point("C", 3));
    ChartSpec six =
        chart(
            ChartSpec.Kind.BAR,
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
                RENDERER.check(
                    chart(ChartSpec.Kind.COLUMN, 120, 60, point("Skoler", -3), point("Skoler", 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot draw the column chart \"Partnere\":"
                + " [column chart needs values of 0 or more, got -3 for \"Skoler\","
                + " column chart has the label \"Skoler\" more than once]");
  }

  @Test
  void aChartWithBadDataHasNoNaturalHeight() {
    assertThatThrownBy(
            () -> RENDERER.naturalHeightMm(chart(ChartSpec.Kind.PIE, 120, 1, point("Skoler", -3))))
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
