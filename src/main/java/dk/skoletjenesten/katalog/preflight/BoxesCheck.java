package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Page boxes as a printer's preflight sees them: a TrimBox on every page (of the expected size when
 * the profile names one), a BleedBox that is the trim plus the bleed on every side, and both inside
 * the MediaBox.
 */
final class BoxesCheck {
  static final String FIELD = "boxes";
  static final double TOLERANCE_MM = 0.1;
  private static final float INSIDE_TOLERANCE_PT = 0.01f;

  private final Findings findings;
  private final PreflightProfile profile;

  BoxesCheck(Findings findings, PreflightProfile profile) {
    this.findings = findings;
    this.profile = profile;
  }

  void check(PageContext page) {
    PDRectangle trim = PageContext.box(page.page(), COSName.TRIM_BOX);
    if (trim == null) {
      findings.error(page.number(), FIELD, "TrimBox is missing, expected one on every page");
      return;
    }
    profile.trim().ifPresent(expected -> size(page, trim, expected));
    inside(page, trim, "TrimBox");
    PDRectangle bleed = PageContext.box(page.page(), COSName.BLEED_BOX);
    if (bleed == null) {
      if (profile.bleedMm() > 0) {
        findings.error(
            page.number(),
            FIELD,
            String.format(
                Locale.ROOT,
                "BleedBox is missing, expected the trim plus %.1f mm bleed",
                profile.bleedMm()));
      }
      return;
    }
    bleed(page, trim, bleed);
    inside(page, bleed, "BleedBox");
  }

  private void size(PageContext page, PDRectangle trim, PreflightProfile.Trim expected) {
    double width = Units.ptToMm(trim.getWidth());
    double height = Units.ptToMm(trim.getHeight());
    if (Math.abs(width - expected.widthMm()) > TOLERANCE_MM
        || Math.abs(height - expected.heightMm()) > TOLERANCE_MM) {
      findings.error(
          page.number(),
          FIELD,
          String.format(
              Locale.ROOT,
              "TrimBox is %.1f x %.1f mm, expected %.1f x %.1f mm",
              width,
              height,
              expected.widthMm(),
              expected.heightMm()));
    }
  }

  private void bleed(PageContext page, PDRectangle trim, PDRectangle bleed) {
    double[] sides = {
      Units.ptToMm(trim.getLowerLeftX() - bleed.getLowerLeftX()),
      Units.ptToMm(trim.getLowerLeftY() - bleed.getLowerLeftY()),
      Units.ptToMm(bleed.getUpperRightX() - trim.getUpperRightX()),
      Units.ptToMm(bleed.getUpperRightY() - trim.getUpperRightY())
    };
    boolean wrong = false;
    boolean uniform = true;
    for (double side : sides) {
      wrong |= Math.abs(side - profile.bleedMm()) > TOLERANCE_MM;
      uniform &= Math.abs(side - sides[0]) <= TOLERANCE_MM;
    }
    if (wrong) {
      String found =
          uniform
              ? String.format(Locale.ROOT, "%.1f mm", sides[0])
              : String.format(
                  Locale.ROOT,
                  "%.1f/%.1f/%.1f/%.1f mm (left/bottom/right/top)",
                  sides[0],
                  sides[1],
                  sides[2],
                  sides[3]);
      findings.error(
          page.number(),
          FIELD,
          String.format(Locale.ROOT, "bleed is %s, expected %.1f mm", found, profile.bleedMm()));
    }
  }

  private void inside(PageContext page, PDRectangle box, String name) {
    PDRectangle media = page.media();
    if (box.getLowerLeftX() < media.getLowerLeftX() - INSIDE_TOLERANCE_PT
        || box.getLowerLeftY() < media.getLowerLeftY() - INSIDE_TOLERANCE_PT
        || box.getUpperRightX() > media.getUpperRightX() + INSIDE_TOLERANCE_PT
        || box.getUpperRightY() > media.getUpperRightY() + INSIDE_TOLERANCE_PT) {
      findings.error(page.number(), FIELD, name + " is not inside the MediaBox");
    }
  }
}
