package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.screen.ScreenLinks;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * Links. In print (PDF/X) a file carries none: every link annotation is an error. In a screen
 * edition every link must work: one to a place in the document lands on one of its pages (an
 * explicit or a named destination), one to an address opens {@code https:} or {@code mailto:} only,
 * and there is no other kind of action.
 */
final class LinkCheck {
  static final String FIELD = "link";

  private LinkCheck() {}

  /** A print file: no link annotations at all. */
  static void checkPrint(PDDocument document, Findings findings) throws IOException {
    int number = 1;
    for (PDPage page : document.getPages()) {
      long links =
          page.getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink).count();
      if (links > 0) {
        findings.error(
            number,
            FIELD,
            links + " link annotation" + (links == 1 ? "" : "s") + "; a print file has none");
      }
      number++;
    }
  }

  /** A screen edition: every link lands on a page or opens an https:/mailto: address. */
  static void checkScreen(PDDocument document, Findings findings) throws IOException {
    int number = 1;
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link) {
          check(document, link, number, findings);
        }
      }
      number++;
    }
  }

  private static void check(PDDocument document, PDAnnotationLink link, int page, Findings findings)
      throws IOException {
    PDAction action = link.getAction();
    if (action == null) {
      destination(document, link.getDestination(), page, findings);
    } else if (action instanceof PDActionGoTo goTo) {
      destination(document, goTo.getDestination(), page, findings);
    } else if (action instanceof PDActionURI uri) {
      if (!ScreenLinks.allowed(uri.getURI())) {
        findings.error(
            page,
            FIELD,
            "link to \"" + uri.getURI() + "\"; expected only https: and mailto: addresses");
      }
    } else {
      findings.error(
          page,
          FIELD,
          "link with a " + action.getSubType() + " action; expected GoTo, https: or mailto:");
    }
  }

  private static void destination(
      PDDocument document, PDDestination destination, int page, Findings findings)
      throws IOException {
    if (landingPage(document, destination) < 1) {
      findings.error(page, FIELD, "link " + describe(destination) + " lands on no page");
    }
  }

  /**
   * The page (from 1) {@code destination} lands on in {@code document}, or 0 when it lands on none
   * (missing, a page outside the document, an unknown name).
   */
  static int landingPage(PDDocument document, PDDestination destination) throws IOException {
    PDPageDestination target =
        destination instanceof PDNamedDestination named
            ? document.getDocumentCatalog().findNamedDestinationPage(named)
            : destination instanceof PDPageDestination explicit ? explicit : null;
    if (target == null || !(target.getCOSObject().getObject(0) instanceof COSDictionary page)) {
      return 0;
    }
    return document.getPages().indexOf(new PDPage(page)) + 1;
  }

  private static String describe(PDDestination destination) {
    if (destination == null) {
      return "without a destination";
    }
    if (destination instanceof PDNamedDestination named) {
      return "to the named destination \"" + named.getNamedDestination() + "\"";
    }
    COSBase raw = destination.getCOSObject();
    return raw instanceof COSArray array
            && array.size() > 0
            && !(array.getObject(0) instanceof COSDictionary)
        ? "to page index " + array.getObject(0)
        : "to a page outside the document";
  }
}
