package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * How far down a laid-out page its text reaches, measured in the PDF: the lowest descent of a glyph
 * above {@code bottomMm} (so the running foot below the live area does not count), in millimetres
 * from the top of the page.
 */
final class PageFill {
  private PageFill() {}

  /** The lowest text on page {@code page} (from 1) above {@code bottomMm}, or 0 for none. */
  static double lowestTextMm(byte[] pdf, int page, double bottomMm) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Lowest stripper = new Lowest(Units.mmToPt(bottomMm));
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(doc);
      return Units.ptToMm(stripper.lowestPt);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the laid-out insert", e);
    }
  }

  private static final class Lowest extends PDFTextStripper {
    private final float bottomPt;
    private float lowestPt;

    Lowest(float bottomPt) {
      this.bottomPt = bottomPt;
    }

    @Override
    protected void writeString(String text, List<TextPosition> glyphs) {
      for (TextPosition glyph : glyphs) {
        float bottom = glyph.getYDirAdj() + descent(glyph);
        if (bottom <= bottomPt && bottom > lowestPt) {
          lowestPt = bottom;
        }
      }
    }

    private static float descent(TextPosition glyph) {
      PDFontDescriptor font = glyph.getFont().getFontDescriptor();
      return font == null ? 0 : -font.getDescent() / 1000 * glyph.getFontSizeInPt();
    }
  }
}
