package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * A text page that is nearly empty: text, pictures and colour cover less than {@value #MIN_PERCENT}
 * % of its live area, measured on a 2 mm grid (a few lines that spilled over, a blank page to make
 * up the page count). A page that pads by design says so with its ruling: a notes page has at least
 * {@value #NOTES_RULES} hairlines across half the live area or more, and is not reported. A
 * warning: the page prints, but a reader turns an empty leaf.
 */
final class FillCheck implements PageCheck {
  static final String FIELD = "fill";
  static final int MIN_PERCENT = 5;
  static final int NOTES_RULES = 5;
  private static final double CELL_MM = 2;
  private static final double HAIRLINE_PT = 1.5;
  private static final float NO_INK = 0.02f;

  private final Findings findings;
  private final PageText text;
  private final PreflightProfile.Layout layout;

  FillCheck(Findings findings, PageText text, PreflightProfile.Layout layout) {
    this.findings = findings;
    this.text = text;
    this.layout = layout;
  }

  @Override
  public void endPage() {
    PageContext page = text.page();
    double left = page.rightHand() ? layout.innerMm() : layout.outerMm();
    double right = page.rightHand() ? layout.outerMm() : layout.innerMm();
    Rectangle2D live =
        LiveAreaCheck.inset(
            LiveAreaCheck.rectangle(page.trim()), left, right, layout.topMm(), layout.bottomMm());
    if (live.isEmpty() || ruled(live)) {
      return;
    }
    double percent = percentCovered(live);
    if (percent < MIN_PERCENT) {
      findings.warning(
          page.number(),
          FIELD,
          String.format(
              Locale.ROOT,
              "the page is %.0f %% filled, expected at least %d %% of its live area in text,"
                  + " pictures or colour, or a notes page's ruling",
              Math.floor(percent),
              MIN_PERCENT));
    }
  }

  /** Whether the page is ruled for notes: hairlines across half the live area or more. */
  private boolean ruled(Rectangle2D live) {
    long rules =
        text.painted().stream()
            .filter(
                p ->
                    p.bounds().getHeight() <= HAIRLINE_PT
                        && p.bounds().getWidth() >= live.getWidth() / 2)
            .count();
    return rules >= NOTES_RULES;
  }

  double percentCovered(Rectangle2D live) {
    double cell = Units.mmToPt(CELL_MM);
    int columns = (int) Math.ceil(live.getWidth() / cell);
    int rows = (int) Math.ceil(live.getHeight() / cell);
    boolean[] covered = new boolean[columns * rows];
    for (PageText.Run run : text.runs()) {
      run.glyphs().forEach(glyph -> mark(glyph.bounds(), live, cell, columns, rows, covered));
    }
    for (PageText.Painted painted : text.painted()) {
      if (painted.picture() || painted.ink() != null && InkColour.sum(painted.ink()) > NO_INK) {
        mark(painted.bounds(), live, cell, columns, rows, covered);
      }
    }
    int count = 0;
    for (boolean c : covered) {
      count += c ? 1 : 0;
    }
    return 100.0 * count / covered.length;
  }

  private static void mark(
      Rectangle2D box, Rectangle2D live, double cell, int columns, int rows, boolean[] covered) {
    Rectangle2D inside = box.createIntersection(live);
    if (inside.isEmpty()) {
      return;
    }
    int x0 = (int) ((inside.getMinX() - live.getMinX()) / cell);
    int x1 = Math.min(columns - 1, (int) ((inside.getMaxX() - live.getMinX()) / cell));
    int y0 = (int) ((inside.getMinY() - live.getMinY()) / cell);
    int y1 = Math.min(rows - 1, (int) ((inside.getMaxY() - live.getMinY()) / cell));
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        covered[y * columns + x] = true;
      }
    }
  }
}
