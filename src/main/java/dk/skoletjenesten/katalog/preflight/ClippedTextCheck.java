package dk.skoletjenesten.katalog.preflight;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * Text cut by a clipping path: a glyph whose outline is partly outside the clip in force (a table
 * cell or box with hidden overflow, a picture frame), so part of a letter does not print. A glyph
 * wholly outside the clip is {@link UnprintedTextCheck}'s, one across the trim the safe-zone
 * check's. Each text-showing operator with a cut glyph is reported once, where its first cut glyph
 * is. Glyphs may pass the clip by half a point (an f's hook at a column's edge; outline bounds are
 * not exact).
 */
final class ClippedTextCheck implements PageCheck {
  static final String FIELD = "clip";
  private static final double TOUCH_PT = 1;

  private final Findings findings;
  private final PageText text;

  ClippedTextCheck(Findings findings, PageText text) {
    this.findings = findings;
    this.text = text;
  }

  @Override
  public void endPage() {
    Rectangle2D trim = LiveAreaCheck.rectangle(text.page().trim());
    for (PageText.Run run : text.runs()) {
      run.glyphs().stream()
          .filter(glyph -> trim.contains(glyph.bounds()) && cut(glyph))
          .findFirst()
          .ifPresent(
              glyph ->
                  findings.error(
                      text.page().number(),
                      FIELD,
                      "text \""
                          + PageText.shown(run.text(), 40)
                          + "\" is cut by a clipping path "
                          + text.page().at(glyph.bounds().getMinX(), glyph.bounds().getMaxY())));
    }
  }

  static boolean cut(Glyph glyph) {
    Shape clip = glyph.clip();
    Rectangle2D bounds = glyph.bounds();
    Rectangle2D inner =
        new Rectangle2D.Double(
            bounds.getX() + TOUCH_PT,
            bounds.getY() + TOUCH_PT,
            Math.max(0, bounds.getWidth() - 2 * TOUCH_PT),
            Math.max(0, bounds.getHeight() - 2 * TOUCH_PT));
    return Clips.intersects(clip, inner) && !Clips.contains(clip, inner);
  }
}
