package dk.skoletjenesten.katalog.sticker;

import dk.skoletjenesten.katalog.common.Units;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a page paints, as a test sees it: every filled path with its fill colour's components and
 * its bounds, and every glyph with its character and the bounds of its real outline, all in
 * millimetres of page space (forms included).
 */
final class PaintedShapes extends PDFGraphicsStreamEngine {
  record Fill(float[] colour, String colourSpace, Rectangle2D boundsMm) {
    boolean is(float... cmyk) {
      return Arrays.equals(colour, cmyk);
    }
  }

  /** A glyph: its text, font, size, baseline and outline bounds (empty for a space). */
  record GlyphOutline(
      String text,
      String font,
      float sizePt,
      double originXMm,
      double baselineMm,
      Rectangle2D boundsMm) {
    boolean bold() {
      return font.contains("Bold");
    }
  }

  final List<Fill> fills = new ArrayList<>();
  final List<GlyphOutline> glyphs = new ArrayList<>();
  private final GeneralPath path = new GeneralPath();

  private PaintedShapes(PDPage page) {
    super(page);
  }

  static PaintedShapes of(PDPage page) throws IOException {
    PaintedShapes shapes = new PaintedShapes(page);
    shapes.processPage(page);
    return shapes;
  }

  @Override
  protected void showFontGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
      throws IOException {
    super.showFontGlyph(matrix, font, code, displacement);
    GeneralPath outline = ((PDVectorFont) font).getNormalizedPath(code);
    AffineTransform at = matrix.createAffineTransform();
    at.scale(0.001, 0.001);
    Rectangle2D bounds = at.createTransformedShape(outline).getBounds2D();
    glyphs.add(
        new GlyphOutline(
            font.toUnicode(code),
            font.getName(),
            matrix.getScalingFactorY(),
            Units.ptToMm(matrix.getTranslateX()),
            Units.ptToMm(matrix.getTranslateY()),
            mm(bounds)));
  }

  private static Rectangle2D mm(Rectangle2D pt) {
    return new Rectangle2D.Double(
        Units.ptToMm(pt.getX()),
        Units.ptToMm(pt.getY()),
        Units.ptToMm(pt.getWidth()),
        Units.ptToMm(pt.getHeight()));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    path.moveTo(p0.getX(), p0.getY());
    path.lineTo(p1.getX(), p1.getY());
    path.lineTo(p2.getX(), p2.getY());
    path.lineTo(p3.getX(), p3.getY());
    path.closePath();
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    PDColor colour = getGraphicsState().getNonStrokingColor();
    fills.add(
        new Fill(colour.getComponents(), colour.getColorSpace().getName(), mm(path.getBounds2D())));
    path.reset();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    fillPath(windingRule);
  }

  @Override
  public void strokePath() {
    path.reset();
  }

  @Override
  public void endPath() {
    path.reset();
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
  public void clip(int windingRule) {}

  @Override
  public void drawImage(PDImage image) {}

  @Override
  public void shadingFill(COSName shadingName) {}
}
