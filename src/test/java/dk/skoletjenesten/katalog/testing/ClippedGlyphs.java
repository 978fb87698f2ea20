package dk.skoletjenesten.katalog.testing;

import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Glyphs that the PDF draws but a viewer or press does not show in full: their outline reaches
 * outside the clipping path in force where they are drawn (Flying Saucer clips every page's content
 * to its content box, so text that runs past its column there loses letters without an error).
 * Reads the content streams with PDFBox: rectangles, paths and {@code W}/{@code W*} clips, and each
 * glyph's outline through the text rendering matrix.
 */
public final class ClippedGlyphs {
  /**
   * Outlines may pass the clip by this much: letters with a negative side bearing (A, V, the ring
   * of Å) overhang their line box by up to 0.3 pt at display sizes, which no reader sees cut.
   */
  private static final double TOLERANCE_PT = 0.5;

  private ClippedGlyphs() {}

  /**
   * The clipped glyphs, one entry per page and text run: {@code page N: "text" reaches X.X pt
   * outside its clip}; empty when every glyph lies inside its clip.
   */
  public static List<String> find(PDDocument pdf) throws IOException {
    List<String> found = new ArrayList<>();
    int number = 0;
    for (PDPage page : pdf.getPages()) {
      number++;
      Engine engine = new Engine(page, number, found);
      engine.processPage(page);
      engine.flush();
    }
    return found;
  }

  private static final class Engine extends PDFGraphicsStreamEngine {
    private final int number;
    private final List<String> found;
    private GeneralPath path = new GeneralPath();
    private int clipRule = -1;
    private final StringBuilder run = new StringBuilder();
    private double runWorstPt;

    Engine(PDPage page, int number, List<String> found) {
      super(page);
      this.number = number;
      this.found = found;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
        throws IOException {
      super.showGlyph(trm, font, code, displacement);
      Rectangle2D box = outline(trm, font, code);
      if (box == null || box.isEmpty()) {
        return;
      }
      double outside = outsidePt(getGraphicsState().getCurrentClippingPath(), box);
      if (outside > 0) {
        String text = font.toUnicode(code);
        run.append(text == null ? "?" : text);
        runWorstPt = Math.max(runWorstPt, outside);
      } else {
        flush();
      }
    }

    private static Rectangle2D outline(Matrix trm, PDFont font, int code) throws IOException {
      if (!(font instanceof PDVectorFont vector)) {
        return null;
      }
      GeneralPath glyph = vector.getNormalizedPath(code);
      if (glyph == null) {
        return null;
      }
      AffineTransform at = trm.createAffineTransform();
      at.scale(1 / 1000d, 1 / 1000d);
      return at.createTransformedShape(glyph).getBounds2D();
    }

    /**
     * How far {@code box} reaches outside {@code clip}, in points, or 0 when no more than the
     * tolerance: past a rectangular clip's edges, or for other clips the larger side of the part of
     * the box the clip cuts off.
     */
    private static double outsidePt(Area clip, Rectangle2D box) {
      Rectangle2D bounds = clip.getBounds2D();
      double overshoot =
          Math.max(
              Math.max(bounds.getMinX() - box.getMinX(), box.getMaxX() - bounds.getMaxX()),
              Math.max(bounds.getMinY() - box.getMinY(), box.getMaxY() - bounds.getMaxY()));
      if (!clip.isRectangular()) {
        Area cut = new Area(box);
        cut.subtract(clip);
        Rectangle2D cutBounds = cut.getBounds2D();
        overshoot = Math.max(overshoot, Math.max(cutBounds.getWidth(), cutBounds.getHeight()));
      }
      return overshoot > TOLERANCE_PT ? overshoot : 0;
    }

    void flush() {
      if (run.length() > 0) {
        found.add(
            String.format(
                Locale.ROOT,
                "page %d: \"%s\" reaches %.1f pt outside its clip",
                number,
                run,
                runWorstPt));
        run.setLength(0);
        runWorstPt = 0;
      }
    }

    @Override
    public void endText() throws IOException {
      super.endText();
      flush();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      path.moveTo((float) p0.getX(), (float) p0.getY());
      path.lineTo((float) p1.getX(), (float) p1.getY());
      path.lineTo((float) p2.getX(), (float) p2.getY());
      path.lineTo((float) p3.getX(), (float) p3.getY());
      path.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
      path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
      path.closePath();
    }

    @Override
    public void clip(int windingRule) {
      clipRule = windingRule;
    }

    @Override
    public void endPath() {
      if (clipRule >= 0) {
        path.setWindingRule(clipRule);
        getGraphicsState().intersectClippingPath(path);
        clipRule = -1;
      }
      path = new GeneralPath();
    }

    @Override
    public void strokePath() {
      endPath();
    }

    @Override
    public void fillPath(int windingRule) {
      endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      endPath();
    }

    @Override
    public void drawImage(PDImage image) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
