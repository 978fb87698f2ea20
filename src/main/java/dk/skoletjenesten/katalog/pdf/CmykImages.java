package dk.skoletjenesten.katalog.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Data images (PNG or JPEG, usually RGB) as one-page PDFs holding a DeviceCMYK image, so that no
 * RGB reaches the printer. The separation is a plain full grey-component replacement, which keeps
 * the total ink below 300%. Images are capped at {@value #MAX_PIXELS} pixels on the long side (300
 * ppi over 200 mm). Conversions are cached by file, size and modification time.
 */
final class CmykImages {
  private static final int MAX_PIXELS = 2400;
  private static final int MAX_CACHED = 64;
  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  private CmykImages() {}

  static byte[] pdf(Path file) {
    String key = key(file);
    byte[] cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    byte[] pdf = convert(file);
    if (CACHE.size() >= MAX_CACHED) {
      CACHE.clear();
    }
    CACHE.put(key, pdf);
    return pdf;
  }

  private static String key(Path file) {
    try {
      return file.toAbsolutePath()
          + "|"
          + Files.size(file)
          + "|"
          + Files.getLastModifiedTime(file).toMillis();
    } catch (NoSuchFileException e) {
      throw new RenderException("missing image " + file);
    } catch (IOException e) {
      throw new RenderException("cannot read image " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] convert(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new RenderException("cannot read image " + file + ": not a PNG or JPEG image");
      }
      return toPdf(opaque(capped(image)));
    } catch (IOException e) {
      throw new RenderException("cannot read image " + file + ": " + e.getMessage(), e);
    }
  }

  private static BufferedImage capped(BufferedImage image) {
    int longSide = Math.max(image.getWidth(), image.getHeight());
    if (longSide <= MAX_PIXELS) {
      return image;
    }
    double scale = (double) MAX_PIXELS / longSide;
    int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /** The image on white: transparency becomes paper. */
  private static BufferedImage opaque(BufferedImage image) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  private static byte[] toPdf(BufferedImage rgb) throws IOException {
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    try (PDDocument doc = new PDDocument()) {
      PDImageXObject image =
          new PDImageXObject(
              doc,
              new ByteArrayInputStream(deflate(cmykSamples(rgb))),
              COSName.FLATE_DECODE,
              w,
              h,
              8,
              PDDeviceCMYK.INSTANCE);
      PDPage page = new PDPage(new PDRectangle(w, h));
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(image, 0, 0, w, h);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static byte[] cmykSamples(BufferedImage rgb) {
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
    byte[] out = new byte[pixels.length * 4];
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      int r = (p >> 16) & 0xff;
      int g = (p >> 8) & 0xff;
      int b = p & 0xff;
      int max = Math.max(r, Math.max(g, b));
      int k = 255 - max;
      out[i * 4] = (byte) (max == 0 ? 0 : (max - r) * 255 / max);
      out[i * 4 + 1] = (byte) (max == 0 ? 0 : (max - g) * 255 / max);
      out[i * 4 + 2] = (byte) (max == 0 ? 0 : (max - b) * 255 / max);
      out[i * 4 + 3] = (byte) k;
    }
    return out;
  }

  private static byte[] deflate(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4);
    try (DeflaterOutputStream z =
        new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED))) {
      z.write(raw);
    }
    return out.toByteArray();
  }
}
