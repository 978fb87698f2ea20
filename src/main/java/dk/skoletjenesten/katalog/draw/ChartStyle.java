package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.common.Units;

/**
 * The geometric constants every chart shares, in points (the type sizes are {@link TextStyle}'s;
 * the limits of what a chart can hold are {@link dk.skoletjenesten.katalog.chart.ChartRules}'s).
 * One place, so that the check and the drawing measure the same thing.
 */
final class ChartStyle {
  static final int TITLE_LINES = 2;
  static final int LABEL_LINES = 2;
  static final int SOURCE_LINES = 2;

  /** From the foot of the title to the top of the plot. */
  static final float TITLE_GAP_PT = Units.mmToPt(4);

  /** From the bottom of the plot to the top of the source line's capitals. */
  static final float SOURCE_GAP_PT = Units.mmToPt(3.5);

  static final float AXIS_PT = 0.5f;
  static final float SLICE_GAP_PT = 0.75f;

  private ChartStyle() {}
}
