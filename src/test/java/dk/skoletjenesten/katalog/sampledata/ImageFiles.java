package dk.skoletjenesten.katalog.sampledata;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the images drawn by {@link Logos} and {@link Photos}: logos as PNG with transparency,
 * photos as JPEG at quality 0.85. Sizes are for print at 300 ppi: logos 30-50 mm, photos 170 x 100
 * mm.
 */
final class ImageFiles {
  static final int LOGO_PX = 360;
  static final int MARK_PX = 600;
  static final int PHOTO_W = 2000;
  static final int PHOTO_H = 1180;
  private static final float JPEG_QUALITY = 0.85f;

  private ImageFiles() {}

  static void write(Path out) throws IOException {
    Path dir = out.resolve("images");
    Files.createDirectories(dir);
    png(dir.resolve("skoletjenesten-logo.png"), Logos.publisherMark(MARK_PX));
    png(dir.resolve("aabenraa.png"), Logos.aabenraa(LOGO_PX));
    png(dir.resolve("teater-vestkysten.png"), Logos.theatre(LOGO_PX));
    png(dir.resolve("naturskolen-ved-loenstrup-strand.png"), Logos.beach(LOGO_PX));
    png(dir.resolve("vaerkstedet-ler-og-lys.png"), Logos.pottery(LOGO_PX));
    png(dir.resolve("toender-egnsarkiv.png"), Logos.archive(LOGO_PX));
    png(dir.resolve("aabenraa-musikskole.png"), Logos.music(LOGO_PX));
    jpeg(dir.resolve("museumshal.jpg"), Photos.museumHall(PHOTO_W, PHOTO_H));
    jpeg(dir.resolve("landskab.jpg"), Photos.landscape(PHOTO_W, PHOTO_H));
    jpeg(dir.resolve("strand.jpg"), Photos.beach(PHOTO_W, PHOTO_H));
    writeSectionPhotos(dir);
  }

  /** The section openers' photos (SectionPhotos), named as edition.json's sections list them. */
  static void writeSectionPhotos(Path dir) throws IOException {
    int w = SectionPhotos.W;
    int h = SectionPhotos.H;
    jpeg(dir.resolve("sektion-kunst.jpg"), SectionPhotos.studio(w, h));
    jpeg(dir.resolve("sektion-kulturhistoriske-museer.jpg"), SectionPhotos.showcase(w, h));
    jpeg(dir.resolve("sektion-kulturhistoriske-miljoeer.jpg"), SectionPhotos.farmhouse(w, h));
    jpeg(dir.resolve("sektion-scenekunst.jpg"), SectionPhotos.stage(w, h));
    jpeg(dir.resolve("sektion-naturfag.jpg"), SectionPhotos.lake(w, h));
    jpeg(dir.resolve("sektion-lokalhistoriske-museer.jpg"), SectionPhotos.townStreet(w, h));
    jpeg(dir.resolve("sektion-kultur-og-samfund.jpg"), SectionPhotos.library(w, h));
  }

  /** A canvas with antialiasing and the quality hints fixed, so rendering does not vary. */
  static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    return g;
  }

  private static void png(Path file, BufferedImage image) throws IOException {
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer");
    }
  }

  static void jpeg(Path file, BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(JPEG_QUALITY);
    try (OutputStream os = Files.newOutputStream(file);
        ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
