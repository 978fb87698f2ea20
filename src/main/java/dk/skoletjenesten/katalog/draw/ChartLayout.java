package dk.skoletjenesten.katalog.draw;

import java.io.IOException;
import java.util.List;

/**
 * Where the bars, columns or slices of one chart go inside its plot, computed once from the spec
 * and the font metrics, so that the check and the drawing agree. Assumes data the check passed: at
 * least one point, no negative values, a maximum above 0.
 */
interface ChartLayout {
  /** What cannot be drawn in the room there is: labels that do not fit, a plot too small. */
  List<ChartProblem> problems();

  /** The plot height, in points, at which this chart is drawn at its best for its width. */
  float naturalHeightPt();

  void draw(ChartCanvas canvas) throws IOException;

  static ChartLayout of(ChartSpec spec, ChartFrame frame, ChartFonts fonts) {
    return switch (spec.kind()) {
      case BAR -> new BarLayout(spec, frame, fonts);
      case COLUMN -> new ColumnLayout(spec, frame, fonts);
      case PIE, DONUT -> new RoundLayout(spec, frame, fonts);
    };
  }

  /** Values to points: how long the longest bar or how tall the highest column may be. */
  static double max(ChartSpec spec) {
    return spec.points().stream().mapToDouble(ChartSpec.Point::value).max().orElse(0);
  }
}
