package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Text outside the live area, the margins of {@link PreflightProfile.Layout} (mirrored: the inner
 * margin is on the left of odd pages): text that overflowed its column or page. Glyphs closer to
 * the trim than the safe zone are the safe-zone check's errors, glyphs wholly outside the trim are
 * bleed artwork; both are left alone here. Each text-showing operator is reported once, with the
 * side and the distance of its glyph furthest out; outlines may pass the margin by 0.3 mm. A
 * warning: the text prints, but the page is not as designed.
 */
final class LiveAreaCheck implements PageCheck {
  static final String FIELD = "live-area";

  /** Outlines pass the origin and advance a little (an A's foot, an f's hook, an Å's ring). */
  private static final double OVERSHOOT_PT = Units.mmToPt(0.3);

  private final Findings findings;
  private final PageText text;
  private final PreflightProfile.Layout layout;
  private final double safeZoneMm;

  LiveAreaCheck(
      Findings findings, PageText text, PreflightProfile.Layout layout, double safeZoneMm) {
    this.findings = findings;
    this.text = text;
    this.layout = layout;
    this.safeZoneMm = safeZoneMm;
  }

  @Override
  public void endPage() {
    PageContext page = text.page();
    Rectangle2D trim = rectangle(page.trim());
    Rectangle2D safe = inset(trim, safeZoneMm, safeZoneMm, safeZoneMm, safeZoneMm);
    double left = page.rightHand() ? layout.innerMm() : layout.outerMm();
    double right = page.rightHand() ? layout.outerMm() : layout.innerMm();
    Rectangle2D live = inset(trim, left, right, layout.topMm(), layout.bottomMm());
    for (PageText.Run run : text.runs()) {
      Excess worst = null;
      for (Glyph glyph : run.glyphs()) {
        Rectangle2D box = glyph.bounds();
        if (box.intersects(trim) && safe.contains(box)) {
          Excess excess = excess(box, live);
          if (excess != null && (worst == null || excess.pt() > worst.pt())) {
            worst = excess;
          }
        }
      }
      if (worst != null) {
        findings.warning(
            page.number(),
            FIELD,
            String.format(
                Locale.ROOT,
                "text \"%s\" %s is %.1f mm into the %s margin (%.1f mm)",
                PageText.shown(run.text(), 40),
                page.at(run.bounds().getMinX(), run.bounds().getMaxY()),
                Units.ptToMm(worst.pt()),
                worst.side(),
                worst.side().equals("left")
                    ? left
                    : worst.side().equals("right")
                        ? right
                        : worst.side().equals("top") ? layout.topMm() : layout.bottomMm()));
      }
    }
  }

  private record Excess(String side, double pt) {}

  private static Excess excess(Rectangle2D box, Rectangle2D live) {
    Excess worst = null;
    double[] by = {
      live.getMinX() - box.getMinX(),
      box.getMaxX() - live.getMaxX(),
      box.getMaxY() - live.getMaxY(),
      live.getMinY() - box.getMinY()
    };
    String[] sides = {"left", "right", "top", "bottom"};
    for (int i = 0; i < by.length; i++) {
      if (by[i] > OVERSHOOT_PT && (worst == null || by[i] > worst.pt())) {
        worst = new Excess(sides[i], by[i]);
      }
    }
    return worst;
  }

  static Rectangle2D rectangle(PDRectangle box) {
    return new Rectangle2D.Float(
        box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
  }

  static Rectangle2D inset(
      Rectangle2D box, double leftMm, double rightMm, double topMm, double bottomMm) {
    double left = Units.mmToPt(leftMm);
    double bottom = Units.mmToPt(bottomMm);
    return new Rectangle2D.Double(
        box.getX() + left,
        box.getY() + bottom,
        Math.max(0, box.getWidth() - left - Units.mmToPt(rightMm)),
        Math.max(0, box.getHeight() - bottom - Units.mmToPt(topMm)));
  }
}
