package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Text must keep the safe distance inside the trim, or the cut may touch it. A glyph whose outline
 * lies (partly) between the trim and the safe line, or across the trim, offends; a glyph wholly
 * outside the trim is deliberate bleed artwork and is left alone. Each text-showing operator with
 * an offending glyph is reported once, with its whole text and the smallest distance of its
 * offending glyphs.
 */
final class SafeZoneCheck implements PageCheck {
  static final String FIELD = "safe-zone";
  private static final int MAX_TEXT = 40;

  private final Findings findings;
  private final double safeZoneMm;
  private PageContext page;
  private Rectangle2D trim;
  private Rectangle2D safe;
  private final StringBuilder text = new StringBuilder();
  private double closestMm;
  private boolean offends;

  SafeZoneCheck(Findings findings, double safeZoneMm) {
    this.findings = findings;
    this.safeZoneMm = safeZoneMm;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
    PDRectangle box = page.trim();
    trim =
        new Rectangle2D.Float(
            box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
    float inset = Units.mmToPt(safeZoneMm);
    safe =
        new Rectangle2D.Double(
            trim.getX() + inset,
            trim.getY() + inset,
            trim.getWidth() - 2 * inset,
            trim.getHeight() - 2 * inset);
  }

  @Override
  public void textStart() {
    text.setLength(0);
    closestMm = Double.MAX_VALUE;
    offends = false;
  }

  @Override
  public void glyph(Glyph glyph) {
    Rectangle2D bounds = glyph.bounds();
    if (glyph.origin() == Origin.PATTERN || !glyph.visible()) {
      return;
    }
    text.append(bounds == null && glyph.unicode() == null ? " " : glyph.text());
    if (bounds != null && bounds.intersects(trim) && !safe.contains(bounds)) {
      offends = true;
      closestMm = Math.min(closestMm, distanceInsideMm(bounds));
    }
  }

  /** How far the glyph keeps from the nearest trim edge; negative when it crosses the trim. */
  private double distanceInsideMm(Rectangle2D bounds) {
    double left = bounds.getMinX() - trim.getMinX();
    double right = trim.getMaxX() - bounds.getMaxX();
    double bottom = bounds.getMinY() - trim.getMinY();
    double top = trim.getMaxY() - bounds.getMaxY();
    return Units.ptToMm(Math.min(Math.min(left, right), Math.min(bottom, top)));
  }

  @Override
  public void textEnd() {
    if (!offends) {
      return;
    }
    offends = false;
    String shown = text.toString().strip();
    if (shown.length() > MAX_TEXT) {
      shown = shown.substring(0, MAX_TEXT) + "…";
    }
    findings.error(
        page.number(),
        FIELD,
        closestMm < 0
            ? String.format(
                Locale.ROOT,
                "text \"%s\" crosses the trim, expected at least %.1f mm" + " inside it",
                shown,
                safeZoneMm)
            : String.format(
                Locale.ROOT,
                "text \"%s\" is %.1f mm inside the trim, expected at least" + " %.1f mm",
                shown,
                Math.floor(closestMm * 10) / 10,
                safeZoneMm));
  }
}
