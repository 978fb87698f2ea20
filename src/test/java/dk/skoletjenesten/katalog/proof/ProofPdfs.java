package dk.skoletjenesten.katalog.proof;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.draw.TrueTypeFiles;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.testing.BlankPdfs;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Print PDFs for the proof tests, made with PDFBox: A4 or A5 trim with 3 mm bleed, each page a
 * {@link Page}: a colour over the whole page (bleed included), a trim-sized colour, a line of body
 * text and the folio where the catalogue prints it (10 mm above the trim, outer corner).
 */
final class ProofPdfs {
  static final Path FONTS = Path.of("fonts");
  static final double BLEED_MM = 3;

  private ProofPdfs() {}

  /**
   * One page: {@code bleed} fills the MediaBox, {@code trim} the TrimBox; {@code body} is set 40 mm
   * below the trim's top, {@code bodyLeftMm} from its left; {@code folio} (may be null) at the
   * foot.
   */
  record Page(Color bleed, Color trim, String body, double bodyLeftMm, String folio) {
    static Page text(String body, double bodyLeftMm, String folio) {
      return new Page(Color.WHITE, Color.WHITE, body, bodyLeftMm, folio);
    }

    static Page coloured(Color colour) {
      return new Page(colour, colour, "", 20, null);
    }
  }

  static byte[] pdf(double trimWidthMm, double trimHeightMm, List<Page> pages) {
    try (PDDocument document = new PDDocument()) {
      TrueTypeFont ttf = TrueTypeFiles.parse(FONTS.resolve("Lato-Regular.ttf"));
      ttf.setEnableGsub(false);
      PDType0Font font = PDType0Font.load(document, ttf, true);
      for (Page spec : pages) {
        PDPage page = BlankPdfs.printPage(trimWidthMm, trimHeightMm, BLEED_MM);
        document.addPage(page);
        draw(document, page, font, spec);
      }
      return BlankPdfs.bytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BundleFile file(String path, Product product, byte[] pdf, int pages) {
    return file(path, product, pdf, pages, 210, 297);
  }

  static BundleFile file(
      String path, Product product, byte[] pdf, int pages, double widthMm, double heightMm) {
    return BundleFile.builder(path, product)
        .title("Prøve: " + path)
        .copies(10)
        .pages(pages)
        .trimMm(widthMm, heightMm)
        .content(pdf)
        .build();
  }

  private static void draw(PDDocument document, PDPage page, PDType0Font font, Page spec)
      throws IOException {
    PDRectangle media = page.getMediaBox();
    PDRectangle trim = page.getTrimBox();
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.setNonStrokingColor(spec.bleed());
      content.addRect(0, 0, media.getWidth(), media.getHeight());
      content.fill();
      content.setNonStrokingColor(spec.trim());
      content.addRect(
          trim.getLowerLeftX(), trim.getLowerLeftY(), trim.getWidth(), trim.getHeight());
      content.fill();
      content.setNonStrokingColor(Color.BLACK);
      text(
          content,
          font,
          trim.getLowerLeftX() + mm(spec.bodyLeftMm()),
          trim.getUpperRightY() - mm(40),
          spec.body());
      if (spec.folio() != null) {
        text(
            content,
            font,
            trim.getLowerLeftX() + mm(17),
            trim.getLowerLeftY() + mm(10),
            spec.folio());
      }
    }
  }

  private static void text(
      PDPageContentStream content, PDType0Font font, float x, float y, String text)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(font, 12);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static float mm(double mm) {
    return Units.mmToPt(mm);
  }
}
