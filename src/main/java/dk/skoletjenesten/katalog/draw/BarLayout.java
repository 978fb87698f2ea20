package dk.skoletjenesten.katalog.draw;

import static dk.skoletjenesten.katalog.draw.ChartStyle.AXIS_PT;
import static dk.skoletjenesten.katalog.draw.TextStyle.LABEL;
import static dk.skoletjenesten.katalog.draw.TextStyle.VALUE;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars, one row each in data order from the top: the label in a column at the left
 * (flush left, up to two lines, centred on its bar), a hairline axis, the bar, and the value just
 * past the bar's end. The label column is as wide as the longest label, at most {@link
 * #LABEL_SHARE} of the chart; the bars are scaled so that the longest bar with its value fills the
 * rest.
 */
final class BarLayout implements ChartLayout {
  static final float LABEL_SHARE = 0.4f;
  private static final float LABEL_GAP_PT = Units.mmToPt(3);
  private static final float VALUE_GAP_PT = Units.mmToPt(1.5);
  private static final float BAR_SHARE = 0.62f;
  private static final float MAX_BAR_PT = Units.mmToPt(5);
  private static final float MIN_BAR_PT = Units.mmToPt(2);
  private static final float ROW_GAP_PT = 3f;
  private static final double MIN_LONGEST_MM = 15;
  private static final float NATURAL_PITCH_PT = Units.mmToPt(7.5);

  private final ChartSpec spec;
  private final ChartFrame frame;
  private final ChartFonts fonts;
  private final Box plot;
  private final List<String> values;
  private final float labelColumn;
  private final LabelFit.Fitted fitted;
  private final List<TextBlock> labels;
  private final float pitch;

  BarLayout(ChartSpec spec, ChartFrame frame, ChartFonts fonts) {
    this.spec = spec;
    this.frame = frame;
    this.fonts = fonts;
    this.plot = frame.plot();
    this.values = ChartNumbers.values(spec);
    float widest =
        fonts.widestPt(spec.points().stream().map(ChartSpec.Point::label).toList(), LABEL);
    this.labelColumn = Math.min(widest, LABEL_SHARE * plot.width());
    this.fitted = LabelFit.fit(fonts, spec, labelColumn);
    this.labels = fitted.labels();
    this.pitch = plot.height() / spec.points().size();
  }

  private float axisX() {
    return plot.x() + labelColumn + LABEL_GAP_PT;
  }

  /** Points per unit of value: every bar with its value must end inside the plot. */
  private float scale() {
    float room = plot.right() - axisX() - VALUE_GAP_PT;
    float scale = Float.MAX_VALUE;
    for (int i = 0; i < values.size(); i++) {
      double value = spec.points().get(i).value();
      if (value > 0) {
        scale = Math.min(scale, (float) ((room - fonts.widthPt(values.get(i), VALUE)) / value));
      }
    }
    return Math.max(0, scale);
  }

  @Override
  public List<ChartProblem> problems() {
    List<ChartProblem> problems = new ArrayList<>(fitted.problems());
    if (problems.isEmpty() && pitch < neededPitch()) {
      problems.add(ChartProblem.ofChart(tooLow()));
    }
    double longestMm = Units.ptToMm(scale() * ChartLayout.max(spec));
    if (longestMm < MIN_LONGEST_MM) {
      problems.add(ChartProblem.ofChart(tooNarrow(longestMm)));
    }
    return problems;
  }

  private String tooLow() {
    double neededMm = frame.frameHeightMm() + Units.ptToMm(neededPitch() * labels.size());
    return String.format(
        Locale.ROOT,
        "bar chart needs a height of at least %.1f mm for its %d bars, got %.1f mm",
        ChartNumbers.roundUp(neededMm),
        labels.size(),
        spec.heightMm());
  }

  private static String tooNarrow(double longestMm) {
    return String.format(
        Locale.ROOT,
        "bar chart is too narrow: its labels and values leave %.1f mm for the longest bar,"
            + " at least %.1f mm are needed",
        longestMm,
        MIN_LONGEST_MM);
  }

  /** A row must hold its label's lines with a little air, and a bar of at least 2 mm. */
  private float neededPitch() {
    float tallest = 0;
    for (TextBlock label : labels) {
      tallest = Math.max(tallest, label.heightPt(fonts));
    }
    return Math.max(tallest + ROW_GAP_PT, MIN_BAR_PT / BAR_SHARE);
  }

  @Override
  public float naturalHeightPt() {
    return labels.size() * Math.max(neededPitch(), NATURAL_PITCH_PT);
  }

  @Override
  public void draw(ChartCanvas canvas) throws IOException {
    float bar = Math.min(pitch * BAR_SHARE, MAX_BAR_PT);
    float scale = scale();
    for (int i = 0; i < labels.size(); i++) {
      float centre = plot.top() - (i + 0.5f) * pitch;
      float length = (float) (spec.points().get(i).value() * scale);
      if (length > 0) {
        canvas.rect(new Box(axisX(), centre - bar / 2, length, bar), spec.colours().get(0));
      }
      drawTexts(canvas, i, centre, axisX() + length + VALUE_GAP_PT);
    }
    float overhang = (pitch - bar) / 2 - 1;
    float x = axisX();
    canvas.line(x, plot.top() - overhang, x, plot.y() + overhang, AXIS_PT, ChartPalette.AXIS);
  }

  /** The label centred on the bar, then the value at {@code valueX}. */
  private void drawTexts(ChartCanvas canvas, int i, float centre, float valueX) throws IOException {
    TextBlock label = labels.get(i);
    TextStyle style = fitted.style();
    float capCentre = centre - fonts.capHeightPt(style) / 2;
    float first = capCentre + (label.lines().size() - 1) * style.leadingPt() / 2;
    canvas.text(label, plot.x(), first, ChartCanvas.Align.LEFT);
    float valueBaseline = centre - fonts.capHeightPt(VALUE) / 2;
    canvas.text(values.get(i), VALUE, valueX, valueBaseline, ChartCanvas.Align.LEFT);
  }
}
