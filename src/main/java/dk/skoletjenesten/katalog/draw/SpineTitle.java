package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.common.Units;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
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
 * The title on the spine of a cover spread, reading from top to bottom (ISO 6357), in 100 K Lato
 * Black as large as the spine allows (at most 10 pt). Flying Saucer cannot rotate text, so this is
 * drawn with PDFBox onto the rendered spread.
 *
 * @param text the title
 * @param spineMm the spine's width
 * @param centreXMm the spine's centre, from the page's left edge (bleed included)
 * @param centreYMm the spine's centre, from the page's bottom edge (bleed included)
 */
public record SpineTitle(String text, double spineMm, double centreXMm, double centreYMm) {
  /** Narrower spines get no title. */
  public static final double MIN_SPINE_MM = 5;

  /** The face, in the fonts folder. */
  public static final String FONT = "Lato-Black.ttf";

  private static final String SEPARATOR = "   ";
  private static final float MAX_SIZE_PT = 10;
  private static final float CAP_HEIGHT_EM = 0.72f;

  /**
   * The spine's line: the publisher, the title and the school year, each once. A title that already
   * names the publisher ({@code 310 steder at tage hen med skoletjenesten.dk}) is not preceded by
   * the name again.
   */
  public static String text(String publisher, String title, String schoolYear) {
    String name = publisher.strip();
    boolean named = title.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    return (named || name.isEmpty() ? "" : name + SEPARATOR)
        + title.strip()
        + SEPARATOR
        + schoolYear;
  }

  /** The spread (a one-page PDF) with the title on its spine, set in {@link #FONT}. */
  public byte[] drawOn(byte[] spread, Path fontsDir) throws IOException {
    try (PDDocument document = Loader.loadPDF(spread)) {
      PDPage page = document.getPage(0);
      PDType0Font font = load(document, fontsDir.resolve(FONT));
      float size = Math.min(MAX_SIZE_PT, Units.mmToPt(spineMm) * 0.42f);
      float width = font.getStringWidth(text) / 1000 * size;
      float centreX = Units.mmToPt(centreXMm);
      float centreY = Units.mmToPt(centreYMm);
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
    }
  }

  /** Lato Black for embedding, with glyph substitution off so the text stays extractable. */
  private static PDType0Font load(PDDocument document, Path file) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    font.setEnableGsub(false);
    return PDType0Font.load(document, font, true);
  }
}
