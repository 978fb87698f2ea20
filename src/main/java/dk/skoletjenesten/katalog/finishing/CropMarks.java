package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

/**
 * Crop marks: two thin lines at each trim corner, in the registration colour (Separation {@code
 * All}), starting outside the bleed so they never show on the trimmed sheet.
 */
final class CropMarks {
  static final float LINE_WIDTH_PT = 0.25f;
  static final double LENGTH_MM = 5.0;
  static final double MIN_OFFSET_MM = 3.0;
  static final double MARGIN_MM = 1.0;

  private final float offsetPt;
  private final float lengthPt;
  private final PDColor registration;

  CropMarks(double bleedMm) {
    this.offsetPt = Units.mmToPt(Math.max(MIN_OFFSET_MM, bleedMm));
    this.lengthPt = Units.mmToPt(LENGTH_MM);
    this.registration = new PDColor(new float[] {1f}, registrationColour());
  }

  /** How far the MediaBox must reach beyond the trim to hold the marks. */
  float extentPt() {
    return offsetPt + lengthPt + Units.mmToPt(MARGIN_MM);
  }

  void draw(PDDocument document, PDPage page, PDRectangle trim) throws IOException {
    try (PDPageContentStream out =
        new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
      out.setStrokingColor(registration);
      out.setLineWidth(LINE_WIDTH_PT);
      out.setLineCapStyle(0);
      for (float x : new float[] {trim.getLowerLeftX(), trim.getUpperRightX()}) {
        for (float y : new float[] {trim.getLowerLeftY(), trim.getUpperRightY()}) {
          corner(out, x, y, x == trim.getLowerLeftX() ? -1 : 1, y == trim.getLowerLeftY() ? -1 : 1);
        }
      }
      out.stroke();
    }
  }

  /** One corner's two marks, pointing away from the page in directions dx, dy (+1 or -1). */
  private void corner(PDPageContentStream out, float x, float y, int dx, int dy)
      throws IOException {
    out.moveTo(x + dx * offsetPt, y);
    out.lineTo(x + dx * (offsetPt + lengthPt), y);
    out.moveTo(x, y + dy * offsetPt);
    out.lineTo(x, y + dy * (offsetPt + lengthPt));
  }

  private static PDSeparation registrationColour() {
    PDSeparation all = new PDSeparation();
    all.setColorantName("All");
    all.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
    COSDictionary function = new COSDictionary();
    function.setInt(COSName.FUNCTION_TYPE, 2);
    function.setItem(COSName.DOMAIN, numbers(0, 1));
    function.setItem(COSName.C0, numbers(0, 0, 0, 0));
    function.setItem(COSName.C1, numbers(1, 1, 1, 1));
    function.setInt(COSName.N, 1);
    all.setTintTransform(new PDFunctionType2(function));
    return all;
  }

  private static COSArray numbers(float... values) {
    COSArray array = new COSArray();
    array.setFloatArray(values);
    return array;
  }
}
