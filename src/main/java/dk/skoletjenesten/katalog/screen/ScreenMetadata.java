package dk.skoletjenesten.katalog.screen;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What a reader's viewer shows about the file: the title (in the window, not the file name), the
 * language (for screen readers and search), the bookmarks open beside the pages. Output intents,
 * XMP and the PDF/X keys of print go: a screen edition claims no print standard.
 */
final class ScreenMetadata {
  private ScreenMetadata() {}

  static void write(PDDocument document, ScreenSpec spec) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
    catalog.getCOSObject().removeItem(COSName.METADATA);
    catalog.getCOSObject().removeItem(COSName.VERSION);
    catalog.setLanguage(spec.language());
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    PDDocumentOutline outline = catalog.getDocumentOutline();
    if (outline != null && outline.hasChildren()) {
      catalog.setPageMode(PageMode.USE_OUTLINES);
    } else {
      catalog.getCOSObject().removeItem(COSName.PAGE_MODE);
    }
    document.setDocumentInformation(info(spec));
  }

  private static PDDocumentInformation info(ScreenSpec spec) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(spec.title());
    info.setAuthor(spec.author());
    info.setCreator(spec.creator());
    info.setProducer(spec.producer());
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.setTimeInMillis(spec.date().toEpochMilli());
    info.setCreationDate(date);
    info.setModificationDate(date);
    return info;
  }
}
