package dk.skoletjenesten.katalog.preflight;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;

/**
 * An image's samples as ink: the raw (decoded, not colour-converted) samples, thinned out to about
 * twice the raster's resolution, turned into a CMY and a K channel image for {@link InkRaster}.
 */
final class ImageInk {
  private final BufferedImage cmy;
  private final BufferedImage k;

  private ImageInk(BufferedImage cmy, BufferedImage k) {
    this.cmy = cmy;
    this.k = k;
  }

  /**
   * How many samples a drawing wants across and down (about two per raster pixel): drawings of the
   * same image that want the same get the same ink.
   */
  record Wanted(double x, double y) {
    static Wanted of(DrawnImage drawn) {
      return new Wanted(wanted(drawn.widthPt()), wanted(drawn.heightPt()));
    }
  }

  /** The image's ink for drawings that want {@code wanted}; it decodes the image's samples. */
  static ImageInk of(DrawnImage drawn, Wanted wanted, InkColour colours) throws IOException {
    Raster raw = ImageSamples.of(drawn.image());
    PDColorSpace space = drawn.image().getColorSpace();
    int stepX = step(raw.getWidth(), wanted.x());
    int stepY = step(raw.getHeight(), wanted.y());
    int width = (raw.getWidth() + stepX - 1) / stepX;
    int height = (raw.getHeight() + stepY - 1) / stepY;
    BufferedImage cmy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    BufferedImage k = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    float max =
        space instanceof PDIndexed
            ? 1f
            : raw.getDataBuffer().getDataType() == DataBuffer.TYPE_USHORT ? 65535f : 255f;
    int[] samples = new int[raw.getNumBands()];
    float[] components = new float[raw.getNumBands()];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raw.getPixel(x * stepX, y * stepY, samples);
        for (int i = 0; i < samples.length; i++) {
          components[i] = samples[i] / max;
        }
        float[] ink = colours.cmyk(space, components);
        if (ink != null) {
          cmy.setRGB(
              x,
              y,
              InkRaster.level(ink[0]) << 16
                  | InkRaster.level(ink[1]) << 8
                  | InkRaster.level(ink[2]));
          k.setRGB(x, y, InkRaster.level(ink[3]) << 16);
        }
      }
    }
    return new ImageInk(cmy, k);
  }

  /** Keep every n-th sample so that about two remain per raster pixel. */
  private static int step(int samples, double wanted) {
    return Math.max(1, (int) Math.floor(samples / wanted));
  }

  private static double wanted(double drawnPt) {
    return Math.max(1, 2 * InkRaster.pixels(drawnPt));
  }

  /** PDF images fill the unit square with row 0 at the top. */
  private static AffineTransform pixelsToPage(AffineTransform ctm, int width, int height) {
    AffineTransform transform = new AffineTransform(ctm);
    transform.scale(1.0 / width, -1.0 / height);
    transform.translate(0, -height);
    return transform;
  }

  void drawOn(InkRaster raster, DrawnImage drawn) {
    AffineTransform placement = pixelsToPage(drawn.placement(), cmy.getWidth(), cmy.getHeight());
    raster.draw(cmy, k, placement, drawn.state().getCurrentClippingPaths());
  }
}
