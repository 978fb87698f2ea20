package dk.skoletjenesten.katalog.preflight;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

/**
 * Text cut by a clipping path (a table cell or box with hidden overflow, a picture frame): a glyph
 * whose outline passes the clip in force by more than a point, or, in a text-showing operator that
 * prints in part, glyphs inside the trim wholly outside the clip (a line run out of its column).
 * Each operator is reported once, at its first cut glyph or where its printed part ends. An
 * operator wholly outside the clip is {@link UnprintedTextCheck}'s, text across the trim the
 * safe-zone check's. The point's allowance: an f's hook that passes a column's edge by a third of a
 * millimetre does not show, and outline bounds are not exact.
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
      Optional<Glyph> cut =
          run.glyphs().stream().filter(g -> trim.contains(g.bounds()) && cut(g)).findFirst();
      if (cut.isPresent()) {
        report(run, cut.get().bounds().getMinX(), cut.get().bounds().getMaxY());
      } else if (run.partlyUnprinted()) {
        report(run, run.bounds().getMaxX(), run.bounds().getMaxY());
      }
    }
  }

  private void report(PageText.Run run, double xPt, double yPt) {
    findings.error(
        text.page().number(),
        FIELD,
        "text \""
            + PageText.shown(run.text(), 40)
            + "\" is cut by a clipping path "
            + text.page().at(xPt, yPt));
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
