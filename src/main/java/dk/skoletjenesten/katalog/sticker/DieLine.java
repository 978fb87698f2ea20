package dk.skoletjenesten.katalog.sticker;

import dk.skoletjenesten.katalog.draw.Separations;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The die-cut line: a thin overprinting stroke in the spot colour {@code CutContour} (shown as
 * magenta where a viewer has no such ink), which the printer's cutter follows.
 */
final class DieLine {
  static final String COLORANT = "CutContour";
  static final float STROKE_PT = 0.25f;

  private DieLine() {}

  /** Full tint of {@code CutContour}, shown as 100 % magenta where the ink is missing. */
  static PDColor colour() {
    return Separations.fullTint(COLORANT, 0, 1, 0, 0);
  }

  /** Strokes the current path as the die line, overprinting whatever lies under it. */
  static void stroke(PDPageContentStream content) throws IOException {
    PDExtendedGraphicsState overprint = new PDExtendedGraphicsState();
    overprint.setStrokingOverprintControl(true);
    overprint.setNonStrokingOverprintControl(true);
    overprint.setOverprintMode(1);
    content.setGraphicsStateParameters(overprint);
    content.setStrokingColor(colour());
    content.setLineWidth(STROKE_PT);
    content.stroke();
  }
}
