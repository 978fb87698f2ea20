package dk.skoletjenesten.katalog.draw;

import static dk.skoletjenesten.katalog.draw.ChartStyle.SLICE_GAP_PT;

import dk.skoletjenesten.katalog.chart.ChartKind;
import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A pie or donut with its legend. Slices run clockwise from twelve o'clock in data order (the
 * author's order is often meaningful, e.g. day care, school, upper secondary), parted by thin
 * unprinted gaps. The legend stands beside the pie, or below it when that gives a larger pie; the
 * pie is as large as the room allows, up to {@link #MAX_DIAMETER_MM}. A donut has the total in the
 * hole.
 */
final class RoundLayout implements ChartLayout {
  static final double MAX_DIAMETER_MM = 60;
  static final double MIN_DIAMETER_MM = 25;
  private static final float LEGEND_SHARE = 0.55f;
  private static final float BESIDE_PREFERENCE = 0.7f;
  private static final float GAP_BESIDE_PT = Units.mmToPt(7);
  private static final float GAP_BELOW_PT = Units.mmToPt(5);

  private final ChartSpec spec;
  private final ChartFrame frame;
  private final ChartFonts fonts;
  private final Box plot;
  private final Legend beside;
  private final Legend below;

  RoundLayout(ChartSpec spec, ChartFrame frame, ChartFonts fonts) {
    this.spec = spec;
    this.frame = frame;
    this.fonts = fonts;
    this.plot = frame.plot();
    this.beside = new Legend(spec, fonts, plot.width() * LEGEND_SHARE);
    this.below = new Legend(spec, fonts, plot.width());
  }

  private float diameterBeside() {
    if (!beside.fits() || beside.height() > plot.height()) {
      return 0;
    }
    return Math.min(plot.height(), plot.width() - beside.width() - GAP_BESIDE_PT);
  }

  private float diameterBelow() {
    if (!below.fits()) {
      return 0;
    }
    return Math.min(plot.width(), plot.height() - below.height() - GAP_BELOW_PT);
  }

  private boolean legendBeside() {
    return diameterBeside() >= diameterBelow();
  }

  private float diameter() {
    float room = Math.max(diameterBeside(), diameterBelow());
    return Math.min(room, Units.mmToPt(MAX_DIAMETER_MM));
  }

  @Override
  public List<ChartProblem> problems() {
    if (Units.ptToMm(plot.width()) < MIN_DIAMETER_MM) {
      return List.of(ChartProblem.ofChart(tooNarrow()));
    }
    if (!below.fits()) {
      return below.problems();
    }
    if (Units.ptToMm(diameter()) < MIN_DIAMETER_MM) {
      return List.of(ChartProblem.ofChart(tooLow()));
    }
    return List.of();
  }

  private String tooNarrow() {
    return String.format(
        Locale.ROOT,
        "%s needs a width of at least %.1f mm, got %.1f mm",
        spec.kind().noun(),
        MIN_DIAMETER_MM,
        spec.widthMm());
  }

  private String tooLow() {
    double neededMm = frame.frameHeightMm() + Units.ptToMm(minPlotHeight());
    return String.format(
        Locale.ROOT,
        "%s needs a height of at least %.1f mm for its legend, got %.1f mm",
        spec.kind().noun(),
        ChartNumbers.roundUp(neededMm),
        spec.heightMm());
  }

  /**
   * The legend beside a full-size pie, or below it where beside would shrink the pie by more than
   * {@link #BESIDE_PREFERENCE}.
   */
  @Override
  public float naturalHeightPt() {
    float max = Units.mmToPt(MAX_DIAMETER_MM);
    float belowDiameter = Math.min(max, plot.width());
    float besideDiameter = Math.min(max, plot.width() - beside.width() - GAP_BESIDE_PT);
    if (beside.fits() && besideDiameter >= BESIDE_PREFERENCE * belowDiameter) {
      return Math.max(besideDiameter, beside.height());
    }
    return belowDiameter + GAP_BELOW_PT + below.height();
  }

  /** The lowest plot that holds the legend and the smallest pie, beside or below. */
  private float minPlotHeight() {
    float min = Units.mmToPt(MIN_DIAMETER_MM);
    float below = this.below.height() + GAP_BELOW_PT + min;
    boolean besideFits = beside.fits() && plot.width() - beside.width() - GAP_BESIDE_PT >= min;
    return besideFits ? Math.min(below, Math.max(beside.height(), min)) : below;
  }

  @Override
  public void draw(ChartCanvas canvas) throws IOException {
    float d = diameter();
    if (legendBeside()) {
      float group = Math.max(d, beside.height());
      drawPie(canvas, plot.top() - (group - d) / 2, d);
      beside.draw(canvas, plot.x() + d + GAP_BESIDE_PT, plot.top() - (group - beside.height()) / 2);
    } else {
      drawPie(canvas, plot.top(), d);
      below.draw(canvas, plot.x(), plot.top() - d - GAP_BELOW_PT);
    }
  }

  private void drawPie(ChartCanvas canvas, float top, float diameter) throws IOException {
    float r = diameter / 2;
    Ring ring = new Ring(plot.x() + r, top - r, r, innerRadius(r));
    drawSlices(canvas, ring);
    if (ring.inner > 0) {
      new DonutHole(spec, fonts).draw(canvas, ring.cx, ring.cy, ring.inner);
    }
  }

  private float innerRadius(float outer) {
    return spec.kind() == ChartKind.DONUT ? outer * DonutHole.HOLE_SHARE : 0;
  }

  private record Ring(float cx, float cy, float outer, float inner) {}

  private void drawSlices(ChartCanvas canvas, Ring ring) throws IOException {
    double total = spec.points().stream().mapToDouble(ChartSpec.Point::value).sum();
    double angle = 0;
    for (int i = 0; i < spec.points().size(); i++) {
      double sweep = 360 * spec.points().get(i).value() / total;
      if (sweep > 0) {
        CmykColour colour = spec.colours().get(i);
        canvas.sector(ring.cx, ring.cy, ring.outer, ring.inner, angle, angle + sweep, colour);
      }
      angle += sweep;
    }
    if (spec.points().stream().filter(point -> point.value() > 0).count() > 1) {
      drawGaps(canvas, ring, total);
    }
  }

  /** Thin unprinted spokes between slices, drawn over them so every slice keeps its full size. */
  private void drawGaps(ChartCanvas canvas, Ring ring, double total) throws IOException {
    double angle = 0;
    for (ChartSpec.Point point : spec.points()) {
      if (point.value() > 0) {
        canvas.spoke(ring.cx, ring.cy, ring.inner, ring.outer + 1, angle, SLICE_GAP_PT);
      }
      angle += 360 * point.value() / total;
    }
  }
}
