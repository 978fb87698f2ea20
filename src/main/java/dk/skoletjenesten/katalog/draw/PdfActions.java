package dk.skoletjenesten.katalog.draw;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/** What finishing removes and preflight reports alike: JavaScript in PDF actions. */
public final class PdfActions {
  /** The key and action type {@code /JavaScript}. */
  public static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");

  private static final int MAX_CHAIN = 32;

  private PdfActions() {}

  /** An action dictionary that is, or chains to (via {@code /Next}), a JavaScript action. */
  public static boolean isJavaScript(COSBase action) {
    return isJavaScript(action, 0);
  }

  private static boolean isJavaScript(COSBase action, int depth) {
    if (!(action instanceof COSDictionary dictionary) || depth > MAX_CHAIN) {
      return false;
    }
    if (JAVASCRIPT.equals(dictionary.getCOSName(COSName.S))) {
      return true;
    }
    COSBase next = dictionary.getDictionaryObject(COSName.NEXT);
    if (next instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (isJavaScript(array.getObject(i), depth + 1)) {
          return true;
        }
      }
      return false;
    }
    return isJavaScript(next, depth + 1);
  }
}
