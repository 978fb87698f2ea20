package dk.skoletjenesten.katalog.finishing;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** The straight lines a page strokes, with the stroke width and colour space of the last one. */
final class MarkLines extends PDFGraphicsStreamEngine {
  private final List<Line2D> lines = new ArrayList<>();
  private final List<Line2D> path = new ArrayList<>();
  private Point2D current = new Point2D.Float();
  private float lineWidth;
  private String colourSpace;

  private MarkLines(PDPage page) {
    super(page);
  }

  static MarkLines of(PDPage page) throws IOException {
    MarkLines marks = new MarkLines(page);
    marks.processPage(page);
    return marks;
  }

  List<Line2D> lines() {
    return lines;
  }

  float lineWidth() {
    return lineWidth;
  }

  String colourSpace() {
    return colourSpace;
  }

  static boolean outside(Line2D line, PDRectangle box) {
    Rectangle2D inner =
        new Rectangle2D.Double(
            box.getLowerLeftX() + 0.01,
            box.getLowerLeftY() + 0.01,
            box.getWidth() - 0.02,
            box.getHeight() - 0.02);
    return !inner.intersectsLine(line);
  }

  static boolean inside(Line2D line, PDRectangle box) {
    return box.contains((float) line.getX1(), (float) line.getY1())
        && box.contains((float) line.getX2(), (float) line.getY2());
  }

  @Override
  public void strokePath() {
    lines.addAll(path);
    path.clear();
    lineWidth = getGraphicsState().getLineWidth();
    PDColorSpace space = getGraphicsState().getStrokingColorSpace();
    colourSpace =
        space instanceof PDSeparation separation
            ? "Separation " + separation.getColorantName()
            : space.getName();
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D next = new Point2D.Float(x, y);
    path.add(new Line2D.Double(current, next));
    current = next;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

  @Override
  public void drawImage(PDImage pdImage) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void shadingFill(COSName shadingName) {}
}
