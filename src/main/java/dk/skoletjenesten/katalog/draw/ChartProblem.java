package dk.skoletjenesten.katalog.draw;

import java.util.Objects;

/**
 * Why a chart cannot be drawn, and where in its data: {@code field} is a path relative to the
 * chart's entry ({@code "title"}, {@code "source"}, {@code "unit"}, {@code "series[2].label"},
 * {@code "series"}), or {@code ""} for the chart as a whole (its size); {@code message} says what
 * is wrong, e.g. {@code label "Museer" does not fit in 3 lines of 12.0 mm at 6 pt}.
 */
public record ChartProblem(String field, String message) {
  public ChartProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** A problem of the chart as a whole. */
  static ChartProblem ofChart(String message) {
    return new ChartProblem("", message);
  }

  /** A problem of the label of point {@code index} (from 0). */
  static ChartProblem ofLabel(int index, String message) {
    return new ChartProblem(label(index), message);
  }

  /** {@code series[2].label}: where the label of point {@code index} stands. */
  static String label(int index) {
    return "series[" + index + "].label";
  }

  /** {@code series[2].value}. */
  static String value(int index) {
    return "series[" + index + "].value";
  }

  @Override
  public String toString() {
    return field.isEmpty() ? message : field + ": " + message;
  }
}
