package dk.skoletjenesten.katalog.sticker;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The die-cut line: a thin overprinting stroke in the spot colour {@code CutContour} (shown as
 * magenta where a viewer has no such ink), which the printer's cutter follows.
 */
final class DieLine {
  static final String COLORANT = "CutContour";
  static final float STROKE_PT = 0.25f;

  private DieLine() {}

  static PDColor colour() {
    PDSeparation separation = new PDSeparation();
    separation.setColorantName(COLORANT);
    separation.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
    COSDictionary function = new COSDictionary();
    function.setInt(COSName.FUNCTION_TYPE, 2);
    function.setItem(COSName.DOMAIN, floats(0, 1));
    function.setItem(COSName.C0, floats(0, 0, 0, 0));
    function.setItem(COSName.C1, floats(0, 1, 0, 0));
    function.setItem(COSName.N, COSInteger.ONE);
    separation.setTintTransform(new PDFunctionType2(function));
    return new PDColor(new float[] {1}, separation);
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

  private static COSArray floats(float... values) {
    COSArray array = new COSArray();
    for (float value : values) {
      array.add(new COSFloat(value));
    }
    return array;
  }
}
