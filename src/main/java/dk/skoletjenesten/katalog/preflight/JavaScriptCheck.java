package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.draw.PdfActions;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * PDF/X allows no JavaScript: not in the document's name tree, open action or additional actions,
 * nor in a page's additional actions or an annotation's action.
 */
final class JavaScriptCheck {
  static final String FIELD = PdfxCheck.FIELD;
  private static final COSName JAVASCRIPT = PdfActions.JAVASCRIPT;

  private JavaScriptCheck() {}

  static void check(PDDocument document, Findings findings) throws IOException {
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
    if (names != null && names.containsKey(JAVASCRIPT)) {
      findings.error(FIELD, "JavaScript in the document's name tree");
    }
    if (PdfActions.isJavaScript(catalog.getDictionaryObject(COSName.OPEN_ACTION))) {
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
      if (PdfActions.isJavaScript(dictionary.getDictionaryObject(COSName.A))
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
      if (PdfActions.isJavaScript(additionalActions.getDictionaryObject(trigger))) {
        return true;
      }
    }
    return false;
  }
}
