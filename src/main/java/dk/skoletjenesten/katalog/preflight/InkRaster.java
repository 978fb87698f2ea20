package dk.skoletjenesten.katalog.preflight;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A low-resolution CMYK picture of a page: what each ink puts on paper, painted in order with
 * knockout (a later object replaces what lies under it; overprint is ignored). Two RGB images hold
 * the four channels exactly (C, M, Y in one; K in the red of the other), so Java2D does the
 * geometry, clipping and image sampling without any colour conversion.
 */
final class InkRaster {
  static final double DPI = 36;

  /** The peak is the mean over this many pixels square (2 at 36 dpi: about 1.4 mm). */
  static final int WINDOW = 2;

  /** Pages larger than about 1.5 x 1.5 m are measured more coarsely to bound memory. */
  static final double MAX_PIXELS = 4_000_000;

  private final BufferedImage cmy;
  private final BufferedImage k;
  private final Graphics2D cmyGraphics;
  private final Graphics2D kGraphics;
  private final AffineTransform pageToRaster;
  private List<Path2D> activeClips;

  /** Where and how much: the mean ink sum of the fullest window and its centre in page space. */
  record Peak(double percent, double xPt, double yPt) {}

  InkRaster(PDRectangle media) {
    double area = Math.max(1, (double) media.getWidth() * media.getHeight());
    double scale = Math.min(DPI / 72.0, Math.sqrt(MAX_PIXELS / area));
    int width = Math.max(1, (int) Math.ceil(media.getWidth() * scale));
    int height = Math.max(1, (int) Math.ceil(media.getHeight() * scale));
    pageToRaster =
        new AffineTransform(
            scale, 0, 0, -scale, -media.getLowerLeftX() * scale, media.getUpperRightY() * scale);
    cmy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    k = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    cmyGraphics = graphics(cmy);
    kGraphics = graphics(k);
  }

  private Graphics2D graphics(BufferedImage image) {
    Graphics2D graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    graphics.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
    graphics.setComposite(AlphaComposite.Src);
    graphics.transform(pageToRaster);
    return graphics;
  }

  void fill(Shape shape, List<Path2D> clips, float[] cmykValues) {
    clip(clips);
    cmyGraphics.setColor(
        new Color(level(cmykValues[0]), level(cmykValues[1]), level(cmykValues[2])));
    cmyGraphics.fill(shape);
    kGraphics.setColor(new Color(level(cmykValues[3]), 0, 0));
    kGraphics.fill(shape);
  }

  /** Draws an image given as CMY and K channel images; {@code placement} maps pixels to page. */
  void draw(
      BufferedImage cmyImage, BufferedImage kImage, AffineTransform placement, List<Path2D> clips) {
    clip(clips);
    cmyGraphics.drawImage(cmyImage, placement, null);
    kGraphics.drawImage(kImage, placement, null);
  }

  /** Sets the clip, unless it is the one set last (Java2D makes clipping regions slowly). */
  private void clip(List<Path2D> clips) {
    if (sameAsActive(clips)) {
      return;
    }
    activeClips = List.copyOf(clips);
    cmyGraphics.setClip(null);
    kGraphics.setClip(null);
    for (Path2D clip : clips) {
      Shape shape = ClipShape.simplest(clip);
      cmyGraphics.clip(shape);
      kGraphics.clip(shape);
    }
  }

  private boolean sameAsActive(List<Path2D> clips) {
    if (activeClips == null || activeClips.size() != clips.size()) {
      return false;
    }
    for (int i = 0; i < clips.size(); i++) {
      if (activeClips.get(i) != clips.get(i)) {
        return false;
      }
    }
    return true;
  }

  static int level(float value) {
    return Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
  }

  /** Pixels across that cover {@code pt} points. */
  static double pixels(double pt) {
    return pt * DPI / 72.0;
  }

  /** The fullest window inside {@code region} (page space). */
  Peak peak(PDRectangle region) {
    int[] sums = sums();
    int width = cmy.getWidth();
    int height = cmy.getHeight();
    var box = pageToRaster.createTransformedShape(region.toGeneralPath()).getBounds2D();
    int x0 = Math.max(0, (int) Math.floor(box.getMinX()));
    int y0 = Math.max(0, (int) Math.floor(box.getMinY()));
    int x1 = Math.min(width, (int) Math.ceil(box.getMaxX())) - WINDOW;
    int y1 = Math.min(height, (int) Math.ceil(box.getMaxY())) - WINDOW;
    int best = 0;
    int bestX = x0;
    int bestY = y0;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int total = window(sums, width, x, y);
        if (total > best) {
          best = total;
          bestX = x;
          bestY = y;
        }
      }
    }
    double percent = best * 100.0 / (255.0 * WINDOW * WINDOW);
    double centreX =
        (bestX + WINDOW / 2.0 - pageToRaster.getTranslateX()) / pageToRaster.getScaleX();
    double centreY =
        (bestY + WINDOW / 2.0 - pageToRaster.getTranslateY()) / pageToRaster.getScaleY();
    return new Peak(percent, centreX, centreY);
  }

  private static int window(int[] sums, int width, int x, int y) {
    int total = 0;
    for (int dy = 0; dy < WINDOW; dy++) {
      for (int dx = 0; dx < WINDOW; dx++) {
        total += sums[(y + dy) * width + x + dx];
      }
    }
    return total;
  }

  private int[] sums() {
    int[] cmyPixels = ((DataBufferInt) cmy.getRaster().getDataBuffer()).getData();
    int[] kPixels = ((DataBufferInt) k.getRaster().getDataBuffer()).getData();
    int[] sums = new int[cmyPixels.length];
    for (int i = 0; i < sums.length; i++) {
      int p = cmyPixels[i];
      sums[i] = (p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF) + (kPixels[i] >> 16 & 0xFF);
    }
    return sums;
  }

  void dispose() {
    cmyGraphics.dispose();
    kGraphics.dispose();
  }
}
