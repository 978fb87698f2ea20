package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.testing.BlankPdfs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds small test PDFs with PDFBox: A4 pages with 3 mm bleed (MediaBox = BleedBox, TrimBox 3 mm
 * inside), an embedded DejaVu Sans, and whatever a test adds, good or broken on purpose. Positions
 * are millimetres from the trim's top left corner; y grows downwards.
 */
final class TestPdf implements AutoCloseable {
  static final double TRIM_WIDTH_MM = 210;
  static final double TRIM_HEIGHT_MM = 297;
  static final double BLEED_MM = 3;

  final PDDocument document = new PDDocument();
  final PDType0Font font;

  private TestPdf(int pages) throws IOException {
    try (InputStream ttf =
        TestPdf.class.getResourceAsStream("/dk/skoletjenesten/katalog/fonts/DejaVuSans.ttf")) {
      font = PDType0Font.load(document, ttf);
    }
    for (int i = 0; i < pages; i++) {
      document.addPage(BlankPdfs.printPage(TRIM_WIDTH_MM, TRIM_HEIGHT_MM, BLEED_MM));
    }
  }

  /** One A4 page with a CMYK heading, well inside the safe zone. */
  static TestPdf clean() throws IOException {
    return clean(1);
  }

  static TestPdf clean(int pages) throws IOException {
    TestPdf pdf = new TestPdf(pages);
    for (int i = 0; i < pages; i++) {
      pdf.text(i, "Skoletjenesten", 20, 30, 0, 0, 0, 1);
    }
    return pdf;
  }

  PDPage page(int index) {
    return document.getPage(index);
  }

  PDPageContentStream content(int page) throws IOException {
    return new PDPageContentStream(document, page(page), AppendMode.APPEND, true, true);
  }

  static float x(double mmFromTrimLeft) {
    return Units.mmToPt(BLEED_MM + mmFromTrimLeft);
  }

  static float y(double mmFromTrimTop) {
    return Units.mmToPt(BLEED_MM + TRIM_HEIGHT_MM - mmFromTrimTop);
  }

  /** Text in CMYK at a baseline position. */
  void text(int page, String text, double xMm, double yMm, float c, float m, float y, float k)
      throws IOException {
    try (PDPageContentStream out = content(page)) {
      out.setNonStrokingColor(c, m, y, k);
      show(out, font, text, xMm, yMm, 11);
    }
  }

  static void show(
      PDPageContentStream out, PDFont font, String text, double xMm, double yMm, float size)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x(xMm), y(yMm));
    out.showText(text);
    out.endText();
  }

  /** A rectangle in CMYK, position and size in millimetres. */
  void box(
      int page,
      double xMm,
      double yMm,
      double widthMm,
      double heightMm,
      float c,
      float m,
      float y,
      float k)
      throws IOException {
    try (PDPageContentStream out = content(page)) {
      out.setNonStrokingColor(c, m, y, k);
      out.addRect(x(xMm), y(yMm + heightMm), Units.mmToPt(widthMm), Units.mmToPt(heightMm));
      out.fill();
    }
  }

  /** An image of flat colour: {@code samples} are one pixel's components (0-255). */
  PDImageXObject flatImage(int width, int height, PDColorSpace space, int... samples)
      throws IOException {
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    try (DeflaterOutputStream out =
        new DeflaterOutputStream(encoded, new Deflater(Deflater.BEST_SPEED))) {
      for (int i = 0; i < width * height; i++) {
        for (int sample : samples) {
          out.write(sample);
        }
      }
    }
    return new PDImageXObject(
        document,
        new ByteArrayInputStream(encoded.toByteArray()),
        COSName.FLATE_DECODE,
        width,
        height,
        8,
        space);
  }

  /** A spot colour whose full tint looks like the given CMYK. */
  static PDSeparation spot(String name, float c, float m, float y, float k) {
    PDSeparation spot = new PDSeparation();
    spot.setColorantName(name);
    spot.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
    COSDictionary function = new COSDictionary();
    function.setInt(COSName.FUNCTION_TYPE, 2);
    function.setItem(COSName.DOMAIN, floats(0, 1));
    function.setItem(COSName.C0, floats(0, 0, 0, 0));
    function.setItem(COSName.C1, floats(c, m, y, k));
    function.setInt(COSName.N, 1);
    spot.setTintTransform(new PDFunctionType2(function));
    return spot;
  }

  private static COSArray floats(float... values) {
    COSArray array = new COSArray();
    array.setFloatArray(values);
    return array;
  }

  void image(int page, PDImageXObject image, double xMm, double yMm, float widthPt, float heightPt)
      throws IOException {
    try (PDPageContentStream out = content(page)) {
      out.drawImage(image, x(xMm), y(yMm) - heightPt, widthPt, heightPt);
    }
  }

  /** The profile content tests use: A4, 3 mm bleed, FOGRA39, no PDF/X keys. */
  static final PreflightProfile ANY_A4 =
      PreflightProfile.builder().trim(210, 297).anyPdf().condition(OutputCondition.FOGRA39).build();

  /** The diagnostics for {@code pdf} as printed lines, the file named {@code test.pdf}. */
  static List<String> check(byte[] pdf, PreflightProfile profile) {
    return new Preflight()
        .check("test.pdf", new ByteArrayInputStream(pdf), profile).stream()
            .map(Diagnostic::toString)
            .toList();
  }

  List<String> check(PreflightProfile profile) throws IOException {
    return check(bytes(), profile);
  }

  byte[] bytes() throws IOException {
    return BlankPdfs.bytes(document);
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
