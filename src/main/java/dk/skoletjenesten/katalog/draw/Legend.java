package dk.skoletjenesten.katalog.draw;

import static dk.skoletjenesten.katalog.draw.TextStyle.LABEL;
import static dk.skoletjenesten.katalog.draw.TextStyle.VALUE;

import java.io.IOException;
import java.util.List;

/**
 * The key to a pie or donut, one row a slice in data order: a square swatch in the slice's colour,
 * centred on the capitals of the label's first line, the label (up to two lines), and the value
 * flush right in a column of its own on the label's first baseline.
 */
final class Legend {
  static final float SWATCH_PT = 7f;
  private static final float SWATCH_GAP_PT = 4f;
  private static final float VALUE_GAP_PT = 10f;
  private static final float ROW_GAP_PT = 4.5f;

  private final ChartSpec spec;
  private final ChartFonts fonts;
  private final List<String> values;
  private final float width;
  private final float labelWidth;
  private final LabelFit.Fitted fitted;
  private final List<TextBlock> labels;

  /** A legend at most {@code maxWidth} wide, no wider than its longest label needs. */
  Legend(ChartSpec spec, ChartFonts fonts, float maxWidth) {
    this.spec = spec;
    this.fonts = fonts;
    this.values = ChartNumbers.values(spec);
    float fixed = SWATCH_PT + SWATCH_GAP_PT + VALUE_GAP_PT + fonts.widestPt(values, VALUE);
    float widest =
        fonts.widestPt(spec.points().stream().map(ChartSpec.Point::label).toList(), LABEL);
    this.width = Math.min(maxWidth, fixed + widest);
    this.labelWidth = Math.max(0, width - fixed);
    this.fitted = LabelFit.fit(fonts, spec, labelWidth);
    this.labels = fitted.labels();
  }

  float width() {
    return width;
  }

  float height() {
    float height = -ROW_GAP_PT;
    for (TextBlock label : labels) {
      height += rowHeight(label) + ROW_GAP_PT;
    }
    return height;
  }

  List<ChartProblem> problems() {
    return fitted.problems();
  }

  boolean fits() {
    return problems().isEmpty();
  }

  /** Draws the legend with its top-left corner at ({@code x}, {@code top}). */
  void draw(ChartCanvas canvas, float x, float top) throws IOException {
    float rowTop = top;
    for (int i = 0; i < labels.size(); i++) {
      drawRow(canvas, i, x, rowTop);
      rowTop -= rowHeight(labels.get(i)) + ROW_GAP_PT;
    }
  }

  private void drawRow(ChartCanvas canvas, int i, float x, float rowTop) throws IOException {
    float cap = fonts.capHeightPt(fitted.style());
    float baseline = rowTop - Math.max(cap, (SWATCH_PT + cap) / 2);
    float swatchBottom = baseline + cap / 2 - SWATCH_PT / 2;
    canvas.rect(new Box(x, swatchBottom, SWATCH_PT, SWATCH_PT), spec.colours().get(i));
    canvas.text(labels.get(i), x + SWATCH_PT + SWATCH_GAP_PT, baseline, ChartCanvas.Align.LEFT);
    canvas.text(values.get(i), VALUE, x + width, baseline, ChartCanvas.Align.RIGHT);
  }

  /** A row is as tall as its label's lines, and at least as tall as its swatch. */
  private float rowHeight(TextBlock label) {
    float swatchOverCap = Math.max(0, (SWATCH_PT - fonts.capHeightPt(fitted.style())) / 2);
    return Math.max(SWATCH_PT, swatchOverCap + label.heightPt(fonts));
  }
}
