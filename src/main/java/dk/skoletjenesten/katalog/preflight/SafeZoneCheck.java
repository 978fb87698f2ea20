package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Text must keep the safe distance inside the trim, or the cut may touch it. A glyph whose
 * outline lies (partly) between the trim and the safe line, or across the trim, is reported;
 * a glyph wholly outside the trim is deliberate bleed artwork and is left alone. Consecutive
 * offending glyphs are reported together as one piece of text, with the smallest distance.
 */
final class SafeZoneCheck implements PageCheck {
  static final String FIELD = "safe-zone";
  private static final int MAX_TEXT = 40;

  private final Findings findings;
  private final double safeZoneMm;
  private PageContext page;
  private Rectangle2D trim;
  private Rectangle2D safe;
  private StringBuilder run;
  private double runDistanceMm;

  SafeZoneCheck(Findings findings, double safeZoneMm) {
    this.findings = findings;
    this.safeZoneMm = safeZoneMm;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
    PDRectangle box = page.trim();
    trim = new Rectangle2D.Float(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(),
        box.getHeight());
    float inset = Units.mmToPt(safeZoneMm);
    safe = new Rectangle2D.Double(trim.getX() + inset, trim.getY() + inset,
        trim.getWidth() - 2 * inset, trim.getHeight() - 2 * inset);
    run = null;
  }

  @Override
  public void glyph(Glyph glyph) {
    Rectangle2D bounds = glyph.bounds();
    if (glyph.origin() == Origin.PATTERN || !glyph.visible()) {
      return;
    }
    if (bounds == null) {
      if (run != null) {
        run.append(' ');
      }
      return;
    }
    if (!bounds.intersects(trim) || safe.contains(bounds)) {
      endRun();
      return;
    }
    if (run == null) {
      run = new StringBuilder();
      runDistanceMm = Double.MAX_VALUE;
    }
    run.append(glyph.text());
    runDistanceMm = Math.min(runDistanceMm, distanceInsideMm(bounds));
  }

  /** How far the glyph keeps from the nearest trim edge; negative when it crosses the trim. */
  private double distanceInsideMm(Rectangle2D bounds) {
    double left = bounds.getMinX() - trim.getMinX();
    double right = trim.getMaxX() - bounds.getMaxX();
    double bottom = bounds.getMinY() - trim.getMinY();
    double top = trim.getMaxY() - bounds.getMaxY();
    return Units.ptToMm(Math.min(Math.min(left, right), Math.min(bottom, top)));
  }

  private void endRun() {
    if (run == null) {
      return;
    }
    String text = run.toString().strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "…";
    }
    findings.error(page.number(), FIELD, runDistanceMm < 0
        ? String.format(Locale.ROOT, "text \"%s\" crosses the trim, expected at least %.1f mm"
            + " inside it", text, safeZoneMm)
        : String.format(Locale.ROOT, "text \"%s\" is %.1f mm inside the trim, expected at least"
            + " %.1f mm", text, Math.floor(runDistanceMm * 10) / 10, safeZoneMm));
    run = null;
  }

  @Override
  public void endPage() {
    endRun();
  }
}
