package dk.skoletjenesten.katalog.pdf;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * How far down its last page a rendered text reaches: the measure by which a layout fits a text to
 * whole pages. Reads a PDF; changes nothing.
 *
 * @param pages the PDF's page count
 * @param lastPageDepthMm how far below {@code topMm} the lowest glyph of the last page's text area
 *     ends, 0 when the page has no text there
 */
public record TextDepth(int pages, double lastPageDepthMm) {
  /**
   * The depth of {@code pdf}'s text on its last page, counting only glyphs between {@code topMm}
   * and {@code bottomMm} (from the page's top edge): the text area, without running heads and
   * folios.
   */
  public static TextDepth of(byte[] pdf, double topMm, double bottomMm) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      return new TextDepth(pages, depth(document, pages, topMm, bottomMm));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a rendered PDF to measure its text", e);
    }
  }

  private static double depth(PDDocument document, int page, double topMm, double bottomMm)
      throws IOException {
    PDPage last = document.getPage(page - 1);
    float height = last.getMediaBox().getHeight();
    float top = Units.mmToPt(topMm);
    float bottom = Units.mmToPt(bottomMm);
    float[] lowest = {top};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> glyphs) {
            for (TextPosition g : glyphs) {
              float y = height - g.getTextMatrix().getTranslateY(); // the baseline, from the top
              if (y > top && y < bottom) {
                lowest[0] = Math.max(lowest[0], y);
              }
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    return Units.ptToMm(lowest[0] - top);
  }
}
