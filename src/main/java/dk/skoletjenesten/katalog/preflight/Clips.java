package dk.skoletjenesten.katalog.preflight;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;

/** Tests against a clipping path, fast for the usual rectangle. */
final class Clips {
  private Clips() {}

  static boolean intersects(Shape clip, Rectangle2D box) {
    if (clip instanceof Area area && area.isRectangular()) {
      return area.getBounds2D().intersects(box);
    }
    return clip.intersects(box);
  }

  static boolean contains(Shape clip, Rectangle2D box) {
    if (clip instanceof Area area && area.isRectangular()) {
      return area.getBounds2D().contains(box);
    }
    return clip.contains(box);
  }

  static boolean contains(Shape clip, double x, double y) {
    if (clip instanceof Area area && area.isRectangular()) {
      return area.getBounds2D().contains(x, y);
    }
    return clip.contains(x, y);
  }
}
