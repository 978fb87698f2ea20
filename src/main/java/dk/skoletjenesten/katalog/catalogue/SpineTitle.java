package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.pdf.RenderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Prints the title on the spine of the cover spread, reading from top to bottom (ISO 6357), in 100
 * K Lato Black as large as the spine allows (at most 10 pt). Flying Saucer cannot rotate text, so
 * this is drawn with PDFBox onto the rendered spread.
 */
final class SpineTitle {
  static final double MIN_SPINE_MM = 5;
  static final String FONT = "Lato-Black.ttf";
  private static final float MAX_SIZE_PT = 10;
  private static final float CAP_HEIGHT_EM = 0.72f;

  private SpineTitle() {}

  static byte[] draw(byte[] cover, CoverGeometry geometry, String text, Path fontsDir) {
    try (PDDocument document = Loader.loadPDF(cover)) {
      PDPage page = document.getPage(0);
      PDType0Font font = load(document, fontsDir.resolve(FONT));
      float spine = Units.mmToPt(geometry.spineMm());
      float size = Math.min(MAX_SIZE_PT, spine * 0.42f);
      float width = font.getStringWidth(text) / 1000 * size;
      float centreX =
          Units.mmToPt(geometry.bleedMm() + geometry.panelWidthMm() + geometry.spineMm() / 2);
      float centreY = Units.mmToPt(geometry.bleedMm() + geometry.heightMm() / 2);
      try (PDPageContentStream content =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(0f, 0f, 0f, 1f);
        Matrix matrix =
            Matrix.getRotateInstance(
                -Math.PI / 2, centreX - CAP_HEIGHT_EM * size / 2, centreY + width / 2);
        content.setTextMatrix(matrix);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException | IllegalArgumentException e) {
      throw new RenderException("cannot print \"" + text + "\" on the spine: " + e.getMessage(), e);
    }
  }

  /** Lato Black for embedding, with glyph substitution off so the text stays extractable. */
  private static PDType0Font load(PDDocument document, Path file) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    font.setEnableGsub(false);
    return PDType0Font.load(document, font, true);
  }
}
