package dk.skoletjenesten.katalog.screen;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Every sampled image drawn in a colour space other than RGB or grey becomes an RGB JPEG, at no
 * more than {@link #PPI} at the largest size it is drawn; its transparency becomes a soft mask of
 * the same size. The image is replaced in place (the same object), so every page and form that
 * draws it draws the new one. Stencil masks, grey and RGB images stay as they are.
 */
final class ScreenImages {
  /** The resolution a screen edition needs: enough to zoom to 200 % on a common display. */
  static final int PPI = 150;

  static final float JPEG_QUALITY = 0.85f;

  private ScreenImages() {}

  static void convert(PDDocument document) throws IOException {
    Map<COSStream, Drawn> drawn = drawnImages(document);
    for (Drawn image : drawn.values()) {
      if (needsConversion(image.image)) {
        replace(document, image);
      }
    }
  }

  private static boolean needsConversion(PDImageXObject image) throws IOException {
    if (image.isStencil()) {
      return false;
    }
    PDColorSpace space = image.getColorSpace();
    return !(space instanceof PDDeviceRGB || space instanceof PDDeviceGray);
  }

  private static void replace(PDDocument document, Drawn drawn) throws IOException {
    PDImageXObject image = drawn.image;
    double scale =
        Math.min(
            1,
            Math.max(
                drawn.widthPt / 72 * PPI / image.getWidth(),
                drawn.heightPt / 72 * PPI / image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    // decode every n-th sample only (much less to convert), then scale the rest of the way
    int subsampling = Math.max(1, (int) Math.floor(1 / scale));
    BufferedImage rgb = RgbColours.onEngine(() -> image.getImage(null, subsampling));
    BufferedImage sized = resize(rgb, width, height);
    PDImageXObject jpeg = JPEGFactory.createFromImage(document, sized, JPEG_QUALITY);
    COSStream target = image.getCOSObject();
    COSStream made = jpeg.getCOSObject();
    byte[] data;
    try (InputStream raw = made.createRawInputStream()) {
      data = raw.readAllBytes();
    }
    target.clear();
    for (Map.Entry<COSName, COSBase> entry : made.entrySet()) {
      target.setItem(entry.getKey(), entry.getValue());
    }
    try (OutputStream out = target.createRawOutputStream()) {
      out.write(data);
    }
  }

  private static BufferedImage resize(BufferedImage image, int width, int height) {
    boolean alpha = image.getColorModel().hasAlpha();
    if (image.getWidth() == width
        && image.getHeight() == height
        && image.getType() == (alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)) {
      return image;
    }
    BufferedImage sized =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = sized.createGraphics();
    try {
      graphics.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.drawImage(image, 0, 0, width, height, null);
    } finally {
      graphics.dispose();
    }
    return sized;
  }

  /** Each image XObject drawn anywhere, in the order first drawn, with its largest drawn size. */
  private static Map<COSStream, Drawn> drawnImages(PDDocument document) throws IOException {
    Map<COSStream, Drawn> found = new LinkedHashMap<>();
    Map<COSStream, Drawn> byIdentity = new IdentityHashMap<>();
    for (PDPage page : document.getPages()) {
      new SizeFinder(page, found, byIdentity).processPage(page);
    }
    return found;
  }

  /** An image and the largest size, in points, at which it is drawn. */
  private static final class Drawn {
    final PDImageXObject image;
    double widthPt;
    double heightPt;

    Drawn(PDImageXObject image) {
      this.image = image;
    }
  }

  /** Walks a page's content (forms included) and notes where each image is drawn. */
  private static final class SizeFinder extends PDFGraphicsStreamEngine {
    private final Map<COSStream, Drawn> found;
    private final Map<COSStream, Drawn> byIdentity;

    SizeFinder(PDPage page, Map<COSStream, Drawn> found, Map<COSStream, Drawn> byIdentity) {
      super(page);
      this.found = found;
      this.byIdentity = byIdentity;
    }

    @Override
    public void drawImage(PDImage pdImage) {
      if (!(pdImage instanceof PDImageXObject image)) {
        return;
      }
      Drawn drawn =
          byIdentity.computeIfAbsent(
              image.getCOSObject(),
              stream -> {
                Drawn made = new Drawn(image);
                found.put(stream, made);
                return made;
              });
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      drawn.widthPt = Math.max(drawn.widthPt, Math.hypot(ctm.getScaleX(), ctm.getShearY()));
      drawn.heightPt = Math.max(drawn.heightPt, Math.hypot(ctm.getShearX(), ctm.getScaleY()));
    }

    /** Text draws no images: its glyphs are not followed (the walk is only for image sizes). */
    @Override
    public void showTextString(byte[] string) {}

    @Override
    public void showTextStrings(COSArray array) {}

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
