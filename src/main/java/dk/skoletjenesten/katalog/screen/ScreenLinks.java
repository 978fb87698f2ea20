package dk.skoletjenesten.katalog.screen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The links a screen edition keeps: link annotations that go to a place in the document or open an
 * {@code https:} or {@code mailto:} address. Every other annotation or action is dropped (the
 * layouts link only those; anything else would be a fault a reader should not meet).
 */
public final class ScreenLinks {
  private ScreenLinks() {}

  /** Whether {@code uri} may be a link in a screen edition: {@code https:} or {@code mailto:}. */
  public static boolean allowed(String uri) {
    String lower = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") && lower.length() > "https://".length())
        || (lower.startsWith("mailto:") && lower.length() > "mailto:".length());
  }

  static void keepAllowed(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      List<PDAnnotation> kept = new ArrayList<>();
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && allowed(link)) {
          kept.add(link);
        }
      }
      if (kept.isEmpty()) {
        page.getCOSObject().removeItem(COSName.ANNOTS);
      } else {
        page.setAnnotations(kept);
      }
    }
  }

  private static boolean allowed(PDAnnotationLink link) throws IOException {
    PDAction action = link.getAction();
    if (action == null) {
      return link.getDestination() != null;
    }
    if (action instanceof PDActionURI uri) {
      return allowed(uri.getURI());
    }
    return action instanceof PDActionGoTo;
  }
}
