package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.draw.Separations;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

/**
 * Crop marks: two thin lines at each trim corner, in the registration colour (Separation {@code
 * All}), starting outside the bleed so they never show on the trimmed sheet.
 */
final class CropMarks {
  static final float LINE_WIDTH_PT = 0.25f;
  static final double LENGTH_MM = 5.0;
  static final double MIN_OFFSET_MM = 3.0;
  static final double MARGIN_MM = 1.0;

  /** The registration colour: prints on every plate. */
  static final String REGISTRATION = "All";

  private final float offsetPt;
  private final float lengthPt;
  private final PDColor registration;

  CropMarks(double bleedMm) {
    this.offsetPt = Units.mmToPt(Math.max(MIN_OFFSET_MM, bleedMm));
    this.lengthPt = Units.mmToPt(LENGTH_MM);
    this.registration = Separations.fullTint(REGISTRATION, 1, 1, 1, 1);
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
}
