package dk.skoletjenesten.katalog.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartRulesTest {
  private record Point(String label, double value) {}

  private static Point point(String label, double value) {
    return new Point(label, value);
  }

  private static List<String> problems(ChartKind kind, Point... points) {
    return problems(kind, List.of(points));
  }

  private static List<String> problems(ChartKind kind, List<Point> points) {
    return ChartRules.problems(kind, points, Point::label, Point::value);
  }

  private static List<Point> numbered(int count) {
    List<Point> points = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      points.add(point("Afdeling " + i, i));
    }
    return points;
  }

  @Test
  void goodDataHasNoProblems() {
    assertThat(problems(ChartKind.DONUT, point("Dagtilbud", 5894), point("Grundskole", 123637)))
        .isEmpty();
  }

  @Test
  void aChartWithoutPointsHasNothingToDraw() {
    assertThat(problems(ChartKind.BAR)).containsExactly("bar chart has no values to draw");
  }

  @Test
  void aPieNeedsValuesOfZeroOrMore() {
    assertThat(
            problems(
                ChartKind.PIE,
                point("Skoler", -3),
                point("Kommuner", 28),
                point("Dagtilbud", -0.5)))
        .containsExactly(
            "pie chart needs values of 0 or more, got -3 for \"Skoler\"",
            "pie chart needs values of 0 or more, got -0.5 for \"Dagtilbud\"");
  }

  @Test
  void barsAndColumnsNeedValuesOfZeroOrMoreToo() {
    assertThat(problems(ChartKind.COLUMN, point("Skoler", -3)))
        .containsExactly("column chart needs values of 0 or more, got -3 for \"Skoler\"");
    assertThat(problems(ChartKind.BAR, point("Skoler", -3)))
        .containsExactly("bar chart needs values of 0 or more, got -3 for \"Skoler\"");
  }

  @Test
  void aPieOrDonutNeedsATotalAboveZero() {
    Point[] zeros = {point("Skoler", 0), point("Kommuner", 0)};
    assertThat(problems(ChartKind.PIE, zeros))
        .containsExactly("pie chart needs values that sum to more than 0");
    assertThat(problems(ChartKind.DONUT, zeros))
        .containsExactly("donut chart needs values that sum to more than 0");
  }

  @Test
  void barsOfOnlyZerosHaveNothingToShow() {
    assertThat(problems(ChartKind.BAR, point("Skoler", 0), point("Kommuner", 0)))
        .containsExactly("bar chart needs at least one value above 0");
  }

  @Test
  void moreThanTwelveSlicesCannotBeToldApart() {
    assertThat(problems(ChartKind.PIE, numbered(13)))
        .containsExactly("pie chart has 13 slices; at most 12 can be told apart");
    assertThat(problems(ChartKind.DONUT, numbered(12))).isEmpty();
  }

  @Test
  void moreThanSixteenBarsOrColumnsDoNotFit() {
    assertThat(problems(ChartKind.BAR, numbered(17)))
        .containsExactly("bar chart has 17 bars; at most 16 fit");
    assertThat(problems(ChartKind.COLUMN, numbered(17)))
        .containsExactly("column chart has 17 columns; at most 16 fit");
    assertThat(problems(ChartKind.COLUMN, numbered(16))).isEmpty();
  }

  @Test
  void labelsMustBeGivenAndDifferent() {
    assertThat(
            problems(
                ChartKind.COLUMN,
                point("Museer", 39),
                point(" ", 3),
                point("Museer", 4),
                point("Museer", 5)))
        .containsExactly(
            "column chart has no label for value 2",
            "column chart has the label \"Museer\" more than once");
  }

  @Test
  void valuesAreWrittenAsTheDataWroteThem() {
    assertThat(ChartRules.asWritten(-3)).isEqualTo("-3");
    assertThat(ChartRules.asWritten(-3.5)).isEqualTo("-3.5");
    assertThat(ChartRules.asWritten(218291)).isEqualTo("218291");
  }

  @Test
  void everyKindHasItsWordAndNoun() {
    assertThat(ChartKind.DONUT.word()).isEqualTo("donut");
    assertThat(ChartKind.COLUMN.noun()).isEqualTo("column chart");
    assertThat(ChartKind.PIE.isRound()).isTrue();
    assertThat(ChartKind.BAR.isRound()).isFalse();
  }
}
