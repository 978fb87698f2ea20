package dk.skoletjenesten.katalog.draw;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

/**
 * Spot colours as PDF Separation colour spaces: the registration colour {@code All} of crop marks
 * and the die line's {@code CutContour} are made the same way, with a DeviceCMYK alternate for
 * viewers and proofers that have no such ink.
 */
public final class Separations {
  private Separations() {}

  /**
   * Full tint of the spot colour {@code colorant}, shown as the CMYK values {@code c}, {@code m},
   * {@code y}, {@code k} (0-1) where the ink is missing; zero tint is no ink.
   */
  public static PDColor fullTint(String colorant, float c, float m, float y, float k) {
    PDSeparation separation = new PDSeparation();
    separation.setColorantName(colorant);
    separation.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
    COSDictionary function = new COSDictionary();
    function.setInt(COSName.FUNCTION_TYPE, 2);
    function.setItem(COSName.DOMAIN, numbers(0, 1));
    function.setItem(COSName.C0, numbers(0, 0, 0, 0));
    function.setItem(COSName.C1, numbers(c, m, y, k));
    function.setInt(COSName.N, 1);
    separation.setTintTransform(new PDFunctionType2(function));
    return new PDColor(new float[] {1f}, separation);
  }

  private static COSArray numbers(float... values) {
    COSArray array = new COSArray();
    array.setFloatArray(values);
    return array;
  }
}
