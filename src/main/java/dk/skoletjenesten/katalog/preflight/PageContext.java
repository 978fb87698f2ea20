package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page and its boxes as written in the file (not clipped to the MediaBox as PDFBox's getters do).
 *
 * @param number 1-based page number
 * @param page the page
 * @param media the MediaBox
 * @param trim the TrimBox, else the CropBox, else the MediaBox
 * @param bleed the BleedBox, else the MediaBox
 */
record PageContext(
    int number, PDPage page, PDRectangle media, PDRectangle trim, PDRectangle bleed) {

  static PageContext of(int number, PDPage page) {
    PDRectangle media = page.getMediaBox();
    PDRectangle crop = box(page, COSName.CROP_BOX);
    PDRectangle trim = box(page, COSName.TRIM_BOX);
    PDRectangle bleed = box(page, COSName.BLEED_BOX);
    return new PageContext(
        number,
        page,
        media,
        trim != null ? trim : crop != null ? crop : media,
        bleed != null ? bleed : media);
  }

  /** The box stored under {@code key} on the page itself, or null. */
  static PDRectangle box(PDPage page, COSName key) {
    COSArray array = page.getCOSObject().getCOSArray(key);
    return array != null && array.size() == 4 ? new PDRectangle(array) : null;
  }

  String location() {
    return "page " + number;
  }

  /**
   * A point in page space for messages: millimetres right of and below the trim's top left corner,
   * {@code at 23.4, 45.1 mm}.
   */
  String at(double xPt, double yPt) {
    return String.format(
        Locale.ROOT,
        "at %.1f, %.1f mm",
        Units.ptToMm(xPt - trim.getLowerLeftX()),
        Units.ptToMm(trim.getUpperRightY() - yPt));
  }

  /** Whether the page is a right-hand (odd) page: its inner margin is on the left. */
  boolean rightHand() {
    return number % 2 == 1;
  }
}
