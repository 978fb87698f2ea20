package dk.skoletjenesten.katalog.sticker;

import dk.skoletjenesten.katalog.registry.StickerOrder;

/**
 * A sticker's cut shape in millimetres, centred on the origin: a circle, or a rectangle with
 * rounded corners. {@link #halfWidthAt} gives how far from the centre line the shape reaches at
 * height {@code y} after an inset, which is what the text fitting needs.
 */
record Shape(boolean circle, double widthMm, double heightMm, double cornerRadiusMm) {

  static Shape of(StickerOrder order) {
    return new Shape(
        order.shape() == StickerOrder.Shape.CIRCLE,
        order.widthMm(),
        order.heightMm(),
        order.cornerRadiusMm());
  }

  /** Half the width of the shape shrunk by {@code insetMm}, at height {@code y}; 0 outside it. */
  double halfWidthAt(double y, double insetMm) {
    double a = widthMm / 2 - insetMm;
    double b = heightMm / 2 - insetMm;
    double r = circle ? a : Math.max(0, cornerRadiusMm - insetMm);
    if (Math.abs(y) > b || a <= 0) {
      return 0;
    }
    double intoCorner = Math.abs(y) - (b - r);
    return intoCorner <= 0 ? a : a - r + Math.sqrt(Math.max(0, r * r - intoCorner * intoCorner));
  }

  /** {@code 60 mm circle} or {@code 90 x 50 mm rectangle}, for messages. */
  String describe() {
    return circle
        ? mm(widthMm) + " mm circle"
        : mm(widthMm) + " x " + mm(heightMm) + " mm rectangle";
  }

  private static String mm(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
