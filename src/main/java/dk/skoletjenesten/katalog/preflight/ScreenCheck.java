package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * What a screen edition needs as a document: bookmarks that land on its pages, a title shown by the
 * viewer and a language, no print standard claimed (no output intent), and pages that are the trim
 * (MediaBox = final format, no bleed or marks).
 */
final class ScreenCheck {
  static final String FIELD = "screen";
  static final double TOLERANCE_MM = 0.1;

  private ScreenCheck() {}

  static void check(PDDocument document, PreflightProfile profile, Findings findings)
      throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    outline(document, catalog, findings);
    String title = document.getDocumentInformation().getTitle();
    if (title == null || title.isBlank()) {
      findings.error(FIELD, "the document has no title; expected the publication's");
    }
    COSDictionary preferences = catalog.getCOSObject().getCOSDictionary(COSName.VIEWER_PREFERENCES);
    if (preferences == null || !preferences.getBoolean(COSName.DISPLAY_DOC_TITLE, false)) {
      findings.error(FIELD, "ViewerPreferences DisplayDocTitle is not set; expected true");
    }
    if (catalog.getLanguage() == null || catalog.getLanguage().isBlank()) {
      findings.error(FIELD, "the document has no /Lang; expected e.g. da-DK");
    }
    if (catalog.getCOSObject().containsKey(COSName.OUTPUT_INTENTS)) {
      findings.error(FIELD, "has an output intent; a screen edition claims no print standard");
    }
    if (profile.trim().isPresent()) {
      int number = 1;
      for (PDPage page : document.getPages()) {
        media(page.getMediaBox(), profile.trim().get(), number++, findings);
      }
    }
  }

  private static void media(
      PDRectangle media, PreflightProfile.Trim trim, int page, Findings findings) {
    double widthMm = Units.ptToMm(media.getWidth());
    double heightMm = Units.ptToMm(media.getHeight());
    if (Math.abs(widthMm - trim.widthMm()) > TOLERANCE_MM
        || Math.abs(heightMm - trim.heightMm()) > TOLERANCE_MM) {
      findings.error(
          page,
          FIELD,
          String.format(
              Locale.ROOT,
              "MediaBox is %.1f x %.1f mm, expected the trim %.1f x %.1f mm (no bleed or marks)",
              widthMm,
              heightMm,
              trim.widthMm(),
              trim.heightMm()));
    }
  }

  private static void outline(PDDocument document, PDDocumentCatalog catalog, Findings findings)
      throws IOException {
    if (catalog.getDocumentOutline() == null || !catalog.getDocumentOutline().hasChildren()) {
      findings.error(FIELD, "the document has no bookmarks; expected an outline");
      return;
    }
    items(document, catalog.getDocumentOutline(), findings);
  }

  private static void items(PDDocument document, PDOutlineNode node, Findings findings)
      throws IOException {
    for (PDOutlineItem item : node.children()) {
      PDDestination destination =
          item.getAction() instanceof PDActionGoTo goTo
              ? goTo.getDestination()
              : item.getDestination();
      if (LinkCheck.landingPage(document, destination) < 1) {
        findings.error(LinkCheck.FIELD, "bookmark \"" + item.getTitle() + "\" lands on no page");
      }
      items(document, item, findings);
    }
  }
}
