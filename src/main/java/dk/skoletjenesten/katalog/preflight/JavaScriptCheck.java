package dk.skoletjenesten.katalog.preflight;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * PDF/X allows no JavaScript: not in the document's name tree, open action or additional
 * actions, nor in a page's additional actions or an annotation's action.
 */
final class JavaScriptCheck {
  static final String FIELD = PdfxCheck.FIELD;
  private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
  private static final int MAX_CHAIN = 32;

  private JavaScriptCheck() {}

  static void check(PDDocument document, Findings findings) throws IOException {
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
    if (names != null && names.containsKey(JAVASCRIPT)) {
      findings.error(FIELD, "JavaScript in the document's name tree");
    }
    if (isScript(catalog.getDictionaryObject(COSName.OPEN_ACTION), 0)) {
      findings.error(FIELD, "JavaScript in the document's open action");
    }
    if (anyScript(catalog.getCOSDictionary(COSName.AA))) {
      findings.error(FIELD, "JavaScript in the document's additional actions");
    }
    int number = 1;
    for (PDPage page : document.getPages()) {
      check(page, number++, findings);
    }
  }

  private static void check(PDPage page, int number, Findings findings) throws IOException {
    if (anyScript(page.getCOSObject().getCOSDictionary(COSName.AA))) {
      findings.error(number, FIELD, "JavaScript in the page's additional actions");
    }
    for (PDAnnotation annotation : page.getAnnotations()) {
      COSDictionary dictionary = annotation.getCOSObject();
      if (isScript(dictionary.getDictionaryObject(COSName.A), 0)
          || anyScript(dictionary.getCOSDictionary(COSName.AA))) {
        findings.error(number, FIELD, "JavaScript action in an annotation");
      }
    }
  }

  private static boolean anyScript(COSDictionary additionalActions) {
    if (additionalActions == null) {
      return false;
    }
    for (COSName trigger : additionalActions.keySet()) {
      if (isScript(additionalActions.getDictionaryObject(trigger), 0)) {
        return true;
      }
    }
    return false;
  }

  /** An action that is, or chains to (via {@code /Next}), a JavaScript action. */
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
