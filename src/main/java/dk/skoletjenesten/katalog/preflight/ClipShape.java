package dk.skoletjenesten.katalog.preflight;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;

/** Clipping paths as Java2D clips fastest: an axis-aligned rectangle path becomes a rectangle. */
final class ClipShape {
  private static final double EPSILON = 1e-3;

  private ClipShape() {}

  static Shape simplest(Path2D path) {
    Rectangle2D bounds = path.getBounds2D();
    return isRectangle(path, bounds) ? bounds : path;
  }

  /**
   * One subpath of four or five points, each on a corner of the bounds, each edge horizontal or
   * vertical.
   */
  private static boolean isRectangle(Path2D path, Rectangle2D bounds) {
    double[] point = new double[6];
    double[] previous = null;
    int points = 0;
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(point);
      if (type == PathIterator.SEG_CLOSE) {
        continue;
      }
      boolean corner =
          (near(point[0], bounds.getMinX()) || near(point[0], bounds.getMaxX()))
              && (near(point[1], bounds.getMinY()) || near(point[1], bounds.getMaxY()));
      boolean straight =
          previous == null || near(point[0], previous[0]) || near(point[1], previous[1]);
      if (!corner
          || !straight
          || type == PathIterator.SEG_QUADTO
          || type == PathIterator.SEG_CUBICTO
          || type == PathIterator.SEG_MOVETO && points > 0
          || ++points > 5) {
        return false;
      }
      previous = new double[] {point[0], point[1]};
    }
    return points >= 4;
  }

  private static boolean near(double a, double b) {
    return Math.abs(a - b) < EPSILON;
  }
}
