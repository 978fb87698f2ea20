package dk.skoletjenesten.katalog.finishing;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Removes JavaScript and the trigger events that run scripts: the document's JavaScript name
 * tree, a JavaScript open action, additional actions ({@code /AA}) of the document, pages and
 * annotations, and JavaScript actions of annotations. PDF/X allows none of them.
 */
final class ScriptRemover {
  private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
  private static final int MAX_CHAIN = 32;

  private ScriptRemover() {}

  static void remove(PDDocument document) throws IOException {
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
    if (names != null) {
      names.removeItem(JAVASCRIPT);
    }
    if (isScript(catalog.getDictionaryObject(COSName.OPEN_ACTION))) {
      catalog.removeItem(COSName.OPEN_ACTION);
    }
    catalog.removeItem(COSName.AA);
    for (PDPage page : document.getPages()) {
      page.getCOSObject().removeItem(COSName.AA);
      for (PDAnnotation annotation : page.getAnnotations()) {
        COSDictionary dictionary = annotation.getCOSObject();
        dictionary.removeItem(COSName.AA);
        if (isScript(dictionary.getDictionaryObject(COSName.A))) {
          dictionary.removeItem(COSName.A);
        }
      }
    }
  }

  /** An action dictionary that is, or chains to (via {@code /Next}), a JavaScript action. */
  static boolean isScript(COSBase action) {
    return isScript(action, 0);
  }

  private static boolean isScript(COSBase action, int depth) {
    if (!(action instanceof COSDictionary dictionary) || depth > MAX_CHAIN) {
      return false;
    }
    if (JAVASCRIPT.equals(dictionary.getCOSName(COSName.S))) {
      return true;
    }
    COSBase next = dictionary.getDictionaryObject(COSName.NEXT);
    if (next instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (isScript(array.getObject(i), depth + 1)) {
          return true;
        }
      }
      return false;
    }
    return isScript(next, depth + 1);
  }
}
