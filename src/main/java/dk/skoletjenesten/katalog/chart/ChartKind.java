package dk.skoletjenesten.katalog.chart;

import java.util.Locale;

/** The four kinds of chart, as the data names them ({@code "bar"}) and as messages do. */
public enum ChartKind {
  /** Horizontal bars, labels to the left, values at the bar ends. */
  BAR,
  /** Vertical columns, labels under them, values on top. */
  COLUMN,
  /** A full pie with a legend. */
  PIE,
  /** A ring with a legend and the total in the hole. */
  DONUT;

  /** {@code "bar"}: the word in report.json. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "bar chart", "donut chart": how messages name the kind. */
  public String noun() {
    return word() + " chart";
  }

  /** Pies and donuts: parts of a whole, one colour per slice. */
  public boolean isRound() {
    return this == PIE || this == DONUT;
  }
}
