package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Sets MediaBox, BleedBox and TrimBox on every page and, when asked, draws crop marks.
 *
 * <p>The input page is trim + bleed large (as Flying Saucer makes it); its MediaBox becomes the
 * BleedBox and the TrimBox lies the bleed inside it. Content never moves: with crop marks the
 * MediaBox grows outwards, to a negative origin where needed.
 */
public final class PageBoxes {
  /** How far an input page may differ from trim + 2 x bleed (Flying Saucer rounds to 0.1 pt). */
  static final double SIZE_TOLERANCE_MM = 0.2;

  private PageBoxes() {}

  static void apply(PDDocument document, FinishingSpec spec) throws IOException {
    CropMarks marks = spec.cropMarks() ? new CropMarks(spec.bleedMm()) : null;
    int number = 1;
    for (PDPage page : document.getPages()) {
      PDRectangle trim = trimOf(page, number++, spec);
      PDRectangle bleed = grow(trim, Units.mmToPt(spec.bleedMm()));
      page.setTrimBox(trim);
      page.setBleedBox(bleed);
      page.getCOSObject().removeItem(COSName.CROP_BOX);
      page.getCOSObject().removeItem(COSName.ART_BOX);
      if (marks == null) {
        page.setMediaBox(bleed);
      } else {
        page.setMediaBox(grow(trim, marks.extentPt()));
        marks.draw(document, page, trim);
      }
    }
  }

  static PDRectangle grow(PDRectangle box, float byPt) {
    return new PDRectangle(
        box.getLowerLeftX() - byPt,
        box.getLowerLeftY() - byPt,
        box.getWidth() + 2 * byPt,
        box.getHeight() + 2 * byPt);
  }

  private static PDRectangle trimOf(PDPage page, int number, FinishingSpec spec)
      throws FinishingException {
    return trimOf(page, number, spec.trimWidthMm(), spec.trimHeightMm(), spec.bleedMm());
  }

  /**
   * The trim of page {@code number} of a render that is trim + 2 x {@code bleedMm} large: the
   * MediaBox less the bleed on every side. Used by print finishing and the screen edition.
   *
   * @throws FinishingException when the page is rotated or not trim + bleed large
   */
  public static PDRectangle trimOf(
      PDPage page, int number, double trimWidthMm, double trimHeightMm, double bleedMm)
      throws FinishingException {
    if (page.getRotation() % 360 != 0) {
      throw new FinishingException(
          "page " + number + " is rotated " + page.getRotation() + "°; expected upright pages");
    }
    PDRectangle media = page.getMediaBox();
    double expectedWidthMm = trimWidthMm + 2 * bleedMm;
    double expectedHeightMm = trimHeightMm + 2 * bleedMm;
    double widthMm = Units.ptToMm(media.getWidth());
    double heightMm = Units.ptToMm(media.getHeight());
    if (Math.abs(widthMm - expectedWidthMm) > SIZE_TOLERANCE_MM
        || Math.abs(heightMm - expectedHeightMm) > SIZE_TOLERANCE_MM) {
      throw new FinishingException(
          String.format(
              Locale.ROOT,
              "page %d is %.1f x %.1f mm, expected trim + bleed %.1f x %.1f mm",
              number,
              widthMm,
              heightMm,
              expectedWidthMm,
              expectedHeightMm));
    }
    float bleedPt = Units.mmToPt(bleedMm);
    return new PDRectangle(
        media.getLowerLeftX() + bleedPt,
        media.getLowerLeftY() + bleedPt,
        Units.mmToPt(trimWidthMm),
        Units.mmToPt(trimHeightMm));
  }
}
