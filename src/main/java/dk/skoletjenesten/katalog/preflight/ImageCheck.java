package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.util.Locale;

/**
 * Effective resolution of every sampled image where it is drawn: pixels per inch of the drawn size,
 * the lower of the two directions. Below 150 ppi is an error, below 200 a warning. One-bit images
 * (line art, other rules) and tiny images of at most 2 pixels across (colour patches, gradient
 * strips) are not judged; nor are images drawn wholly outside the BleedBox.
 */
final class ImageCheck implements PageCheck {
  static final String FIELD = "image";
  static final int MIN_PPI = 150;
  static final int RECOMMENDED_PPI = 200;
  private static final int TINY_PX = 2;

  private final Findings findings;
  private PageContext page;

  ImageCheck(Findings findings) {
    this.findings = findings;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
  }

  @Override
  public void image(DrawnImage drawn) {
    int width = drawn.image().getWidth();
    int height = drawn.image().getHeight();
    if (drawn.image().getBitsPerComponent() == 1
        || Math.min(width, height) <= TINY_PX
        || drawn.origin() == Origin.PATTERN
        || !printed(drawn)) {
      return;
    }
    double ppi = Math.min(width * 72.0 / drawn.widthPt(), height * 72.0 / drawn.heightPt());
    String what =
        String.format(
            Locale.ROOT,
            "%d ppi (%d x %d px at %.1f x %.1f mm)",
            (int) ppi,
            width,
            height,
            Units.ptToMm(drawn.widthPt()),
            Units.ptToMm(drawn.heightPt()));
    if (ppi < MIN_PPI) {
      findings.error(page.number(), FIELD, what + ", expected at least " + MIN_PPI + " ppi");
    } else if (ppi < RECOMMENDED_PPI) {
      findings.warning(
          page.number(), FIELD, what + ", recommended at least " + RECOMMENDED_PPI + " ppi");
    }
  }

  private boolean printed(DrawnImage drawn) {
    var bleed = page.bleed();
    return drawn
        .bounds()
        .intersects(
            bleed.getLowerLeftX(), bleed.getLowerLeftY(), bleed.getWidth(), bleed.getHeight());
  }
}
