package dk.skoletjenesten.katalog.preflight;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * Builds the current path in page space, applies clipping after painting as PDF does, and hands
 * each fill (the path) and stroke (the stroke's outline) to the subclass.
 */
abstract class PathTracer extends PDFGraphicsStreamEngine {
  private static final float THINNEST_LINE_PT = 0.1f;

  private GeneralPath path = new GeneralPath();
  private int pendingClip = -1;

  PathTracer(PDPage page) {
    super(page);
  }

  /** The current path, filled with the given winding rule. */
  abstract void filled(GeneralPath shape) throws IOException;

  /** The outline of the current path stroked with the current pen. */
  abstract void stroked(Shape outline) throws IOException;

  interface Step {
    void run() throws IOException;
  }

  /** Runs a nested content stream (a tiling pattern cell) without disturbing the current path. */
  void withFreshPath(Step step) throws IOException {
    GeneralPath savedPath = path;
    int savedClip = pendingClip;
    path = new GeneralPath();
    pendingClip = -1;
    try {
      step.run();
    } finally {
      path = savedPath;
      pendingClip = savedClip;
    }
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    fill(windingRule);
    endPath();
  }

  @Override
  public void strokePath() throws IOException {
    stroke();
    endPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    fill(windingRule);
    stroke();
    endPath();
  }

  private void fill(int windingRule) throws IOException {
    GeneralPath shape = (GeneralPath) path.clone();
    shape.setWindingRule(windingRule);
    filled(shape);
  }

  private void stroke() throws IOException {
    PDGraphicsState state = getGraphicsState();
    float width = Math.max(THINNEST_LINE_PT, transformWidth(state.getLineWidth()));
    BasicStroke pen =
        new BasicStroke(
            width,
            clamp(state.getLineCap()),
            clamp(state.getLineJoin()),
            Math.max(1f, state.getMiterLimit()));
    stroked(pen.createStrokedShape(path));
  }

  private static int clamp(int style) {
    return Math.max(0, Math.min(2, style));
  }

  @Override
  public void clip(int windingRule) {
    pendingClip = windingRule;
  }

  @Override
  public void endPath() {
    if (pendingClip >= 0) {
      GeneralPath clip = (GeneralPath) path.clone();
      clip.setWindingRule(pendingClip);
      getGraphicsState().intersectClippingPath(clip);
      pendingClip = -1;
    }
    path = new GeneralPath();
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
  public void moveTo(float x, float y) {
    path.moveTo(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    if (path.getCurrentPoint() == null) {
      path.moveTo(x, y);
    } else {
      path.lineTo(x, y);
    }
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    if (path.getCurrentPoint() == null) {
      path.moveTo(x3, y3);
    } else {
      path.curveTo(x1, y1, x2, y2, x3, y3);
    }
  }

  @Override
  public Point2D getCurrentPoint() {
    return path.getCurrentPoint();
  }

  @Override
  public void closePath() {
    if (path.getCurrentPoint() != null) {
      path.closePath();
    }
  }
}
