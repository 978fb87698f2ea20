package dk.skoletjenesten.katalog.testing;

import dk.skoletjenesten.katalog.common.Units;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Empty PDFs for tests, made with PDFBox. Sizes are millimetres. */
public final class BlankPdfs {
  private BlankPdfs() {}

  /**
   * {@code pages} empty A4 pages with 3 mm bleed and only a MediaBox, as the renderer hands a PDF
   * to finishing.
   */
  public static byte[] blankPages(int pages) {
    return blankPages(216, 303, pages);
  }

  /**
   * {@code pages} empty A4 pages with 3 mm bleed, each with a bookmark, as a publication's render
   * (with its outline) reaches finishing; its screen edition passes the screen preflight.
   */
  public static byte[] bookmarkedPages(int pages) {
    try (PDDocument document = document(216, 303, pages)) {
      PDDocumentOutline outline = new PDDocumentOutline();
      for (int i = 0; i < pages; i++) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle("Side " + (i + 1));
        item.setDestination(document.getPage(i));
        outline.addLast(item);
      }
      document.getDocumentCatalog().setDocumentOutline(outline);
      return bytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pages} empty pages of {@code widthMm} x {@code heightMm}, MediaBox only, saved. */
  public static byte[] blankPages(double widthMm, double heightMm, int pages) {
    try (PDDocument document = document(widthMm, heightMm, pages)) {
      return bytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A document of {@code pages} empty pages of {@code widthMm} x {@code heightMm}, MediaBox only.
   */
  public static PDDocument document(double widthMm, double heightMm, int pages) {
    PDDocument document = new PDDocument();
    for (int i = 0; i < pages; i++) {
      document.addPage(new PDPage(new PDRectangle(Units.mmToPt(widthMm), Units.mmToPt(heightMm))));
    }
    return document;
  }

  /**
   * An empty page that is the trim plus the bleed on each side: MediaBox = BleedBox, TrimBox the
   * bleed inside it.
   */
  public static PDPage printPage(double trimWidthMm, double trimHeightMm, double bleedMm) {
    PDRectangle media =
        new PDRectangle(
            Units.mmToPt(trimWidthMm + 2 * bleedMm), Units.mmToPt(trimHeightMm + 2 * bleedMm));
    PDPage page = new PDPage(media);
    page.setBleedBox(media);
    page.setTrimBox(
        new PDRectangle(
            Units.mmToPt(bleedMm),
            Units.mmToPt(bleedMm),
            Units.mmToPt(trimWidthMm),
            Units.mmToPt(trimHeightMm)));
    return page;
  }

  /** The saved bytes of {@code document}. */
  public static byte[] bytes(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
