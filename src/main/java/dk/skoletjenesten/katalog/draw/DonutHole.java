package dk.skoletjenesten.katalog.draw;

import static dk.skoletjenesten.katalog.draw.TextStyle.LABEL;

import java.io.IOException;

/**
 * The total in a donut's hole: the number large in bold, the unit under it in label type. A share
 * in percent adds up to 100 and says nothing, so a donut in {@code "%"} keeps its hole empty. The
 * number shrinks to fit the hole; a unit that does not fit in two lines is left out (the legend
 * still gives it with every value).
 */
final class DonutHole {
  static final float HOLE_SHARE = 0.58f;
  private static final TextStyle TOTAL = TextStyle.VALUE.withSize(16f);
  private static final float USABLE_SHARE = 1.5f;
  private static final float UNIT_GAP_PT = 3f;

  private final ChartSpec spec;
  private final ChartFonts fonts;

  DonutHole(ChartSpec spec, ChartFonts fonts) {
    this.spec = spec;
    this.fonts = fonts;
  }

  void draw(ChartCanvas canvas, float cx, float cy, float radius) throws IOException {
    if (spec.unit().equals("%")) {
      return;
    }
    float room = radius * USABLE_SHARE;
    String total = ChartNumbers.number(spec.points().stream().mapToDouble(p -> p.value()).sum());
    TextStyle style = fitted(total, room);
    TextBlock unit = TextBlock.wrap(fonts, spec.unit(), LABEL, room);
    boolean withUnit = !unit.isEmpty() && unit.problem(fonts, "unit", 2, room).isEmpty();
    float cap = fonts.capHeightPt(style);
    float height = cap + (withUnit ? UNIT_GAP_PT + unit.capToBaselinePt(fonts) : 0);
    float baseline = cy + height / 2 - cap;
    canvas.text(total, style, cx, baseline, ChartCanvas.Align.CENTRE);
    if (withUnit) {
      float unitBaseline = baseline - UNIT_GAP_PT - fonts.capHeightPt(LABEL);
      canvas.text(unit, cx, unitBaseline, ChartCanvas.Align.CENTRE);
    }
  }

  /** The total's style, smaller than {@link #TOTAL} where the number is wider than the room. */
  private TextStyle fitted(String total, float room) {
    float width = fonts.widthPt(total, TOTAL);
    return width <= room ? TOTAL : TOTAL.withSize(TOTAL.sizePt() * room / width * 0.999f);
  }
}
