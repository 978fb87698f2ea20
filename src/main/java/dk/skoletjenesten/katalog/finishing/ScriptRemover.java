package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.draw.PdfActions;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Removes JavaScript and the trigger events that run scripts: the document's JavaScript name tree,
 * a JavaScript open action, additional actions ({@code /AA}) of the document, pages and
 * annotations, and JavaScript actions of annotations. PDF/X allows none of them.
 */
final class ScriptRemover {
  private static final COSName JAVASCRIPT = PdfActions.JAVASCRIPT;

  private ScriptRemover() {}

  static void remove(PDDocument document) throws IOException {
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
    if (names != null) {
      names.removeItem(JAVASCRIPT);
    }
    if (PdfActions.isJavaScript(catalog.getDictionaryObject(COSName.OPEN_ACTION))) {
      catalog.removeItem(COSName.OPEN_ACTION);
    }
    catalog.removeItem(COSName.AA);
    for (PDPage page : document.getPages()) {
      page.getCOSObject().removeItem(COSName.AA);
      for (PDAnnotation annotation : page.getAnnotations()) {
        COSDictionary dictionary = annotation.getCOSObject();
        dictionary.removeItem(COSName.AA);
        if (PdfActions.isJavaScript(dictionary.getDictionaryObject(COSName.A))) {
          dictionary.removeItem(COSName.A);
        }
      }
    }
  }
}
