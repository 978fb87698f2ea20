package dk.skoletjenesten.katalog.finishing;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Removes every annotation from every page. The layouts link contents, index and web addresses for
 * the screen edition, made from the same render; a print file (PDF/X) carries no links.
 */
final class AnnotationRemover {
  private AnnotationRemover() {}

  static void remove(PDDocument document) {
    for (PDPage page : document.getPages()) {
      page.getCOSObject().removeItem(COSName.ANNOTS);
    }
  }
}
