package dk.skoletjenesten.katalog.draw;

import static dk.skoletjenesten.katalog.draw.ChartStyle.AXIS_PT;
import static dk.skoletjenesten.katalog.draw.TextStyle.VALUE;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vertical columns in data order from the left, each centred in an equal share of the width: the
 * value on top, the label under the baseline (centred in its share less a gap). Where the shares
 * are narrow (many columns, a small page) the labels and values are set smaller, the labels in up
 * to three lines ({@link LabelFit}). The highest column with its value reaches the top of the plot.
 */
final class ColumnLayout implements ChartLayout {
  private static final float COLUMN_SHARE = 0.6f;
  private static final float MAX_COLUMN_PT = Units.mmToPt(16);
  private static final float LABEL_GAP_PT = Units.mmToPt(2);
  private static final float BASELINE_GAP_PT = Units.mmToPt(2);
  private static final float VALUE_GAP_PT = Units.mmToPt(1.5);
  private static final double MIN_COLUMNS_MM = 15;
  private static final float[] VALUE_SIZES_PT = {8f, 7f, 6.5f, 6f};
  private static final float NATURAL_SHARE = 0.35f;
  private static final float NATURAL_MIN_PT = Units.mmToPt(30);
  private static final float NATURAL_MAX_PT = Units.mmToPt(60);

  private final ChartSpec spec;
  private final ChartFonts fonts;
  private final Box plot;
  private final float pitch;
  private final LabelFit.Fitted fitted;
  private final List<TextBlock> labels;
  private final List<String> values;
  private final TextStyle valueStyle;
  private final float baseline;

  ColumnLayout(ChartSpec spec, ChartFrame frame, ChartFonts fonts) {
    this.spec = spec;
    this.fonts = fonts;
    this.plot = frame.plot();
    this.pitch = plot.width() / spec.points().size();
    this.fitted = LabelFit.fit(fonts, spec, labelWidth());
    this.labels = fitted.labels();
    this.values = ChartNumbers.values(spec);
    this.valueStyle = valueStyle();
    this.baseline = plot.y() + BASELINE_GAP_PT + tallestLabel();
  }

  /** The value size: the first of 8, 7, 6.5 and 6 pt at which every value fits over its column. */
  private TextStyle valueStyle() {
    TextStyle style = VALUE;
    for (float size : VALUE_SIZES_PT) {
      style = VALUE.withSize(size);
      if (fonts.widestPt(values, style) <= labelWidth()) {
        return style;
      }
    }
    return style;
  }

  private float labelWidth() {
    return pitch - LABEL_GAP_PT;
  }

  private float tallestLabel() {
    return (float) labels.stream().mapToDouble(label -> label.heightPt(fonts)).max().orElse(0);
  }

  /** From the baseline to the foot of the highest value label. */
  private float columnRoom() {
    return Math.max(0, plot.top() - valueRoom() - baseline);
  }

  private float valueRoom() {
    return fonts.capHeightPt(valueStyle) + VALUE_GAP_PT;
  }

  @Override
  public List<ChartProblem> problems() {
    List<ChartProblem> problems = new ArrayList<>(fitted.problems());
    for (int i = 0; i < values.size(); i++) {
      if (fonts.widthPt(values.get(i), valueStyle) > labelWidth()) {
        problems.add(new ChartProblem(ChartProblem.value(i), valueTooWide(values.get(i))));
      }
    }
    double roomMm = Units.ptToMm(columnRoom());
    if (roomMm < MIN_COLUMNS_MM) {
      problems.add(ChartProblem.ofChart(tooLow(roomMm)));
    }
    return problems;
  }

  private String valueTooWide(String value) {
    return String.format(
        Locale.ROOT,
        "value \"%s\" does not fit above its column: it needs %.1f mm at %s pt, %.1f mm are there",
        value,
        Units.ptToMm(fonts.widthPt(value, valueStyle)),
        ChartNumbers.asWritten(valueStyle.sizePt()),
        Units.ptToMm(labelWidth()));
  }

  private String tooLow(double roomMm) {
    return String.format(
        Locale.ROOT,
        "column chart needs a height of at least %.1f mm, got %.1f mm",
        ChartNumbers.roundUp(spec.heightMm() + MIN_COLUMNS_MM - roomMm),
        spec.heightMm());
  }

  /** The highest column a third of the width or so, between 30 and 60 mm. */
  @Override
  public float naturalHeightPt() {
    float columns = Math.min(NATURAL_MAX_PT, plot.width() * NATURAL_SHARE);
    return BASELINE_GAP_PT + tallestLabel() + Math.max(NATURAL_MIN_PT, columns) + valueRoom();
  }

  @Override
  public void draw(ChartCanvas canvas) throws IOException {
    float width = Math.min(pitch * COLUMN_SHARE, MAX_COLUMN_PT);
    float scale = (float) (columnRoom() / ChartLayout.max(spec));
    for (int i = 0; i < labels.size(); i++) {
      float centre = plot.x() + (i + 0.5f) * pitch;
      float height = (float) (spec.points().get(i).value() * scale);
      if (height > 0) {
        canvas.rect(new Box(centre - width / 2, baseline, width, height), spec.colours().get(0));
      }
      drawTexts(canvas, i, centre, baseline + height + VALUE_GAP_PT);
    }
    canvas.line(plot.x(), baseline, plot.right(), baseline, AXIS_PT, ChartPalette.AXIS);
  }

  /** The label centred under the column, then the value on {@code valueBaseline}. */
  private void drawTexts(ChartCanvas canvas, int i, float centre, float valueBaseline)
      throws IOException {
    float first = baseline - BASELINE_GAP_PT - fonts.capHeightPt(fitted.style());
    canvas.text(labels.get(i), centre, first, ChartCanvas.Align.CENTRE);
    canvas.text(values.get(i), valueStyle, centre, valueBaseline, ChartCanvas.Align.CENTRE);
  }
}
