package dk.skoletjenesten.katalog.xhtml;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A chart's one-page PDF (as the renderer embeds it) as a PNG at {@value #DPI} dpi. */
final class ChartPng {
  static final int DPI = 300;

  private ChartPng() {}

  static byte[] of(byte[] pdf, String id) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the chart " + id + " as PNG", e);
    }
  }
}
