package dk.skoletjenesten.katalog.registry;

import java.util.OptionalInt;

/**
 * A municipality's order for a cover sticker (orders/stickers/NAME.json). A circle has {@code
 * diameterMm}; a rectangle has {@code widthMm}, {@code heightMm} and a corner radius of at least 4
 * mm. {@code sheet} is the press sheet the stickers are ganged on (SRA3 by default).
 */
public record StickerOrder(
    String file,
    int municipality,
    Integer copies,
    String text,
    String url,
    Shape shape,
    double widthMm,
    double heightMm,
    double cornerRadiusMm,
    Sheet sheet) {

  public static final double MIN_CORNER_RADIUS_MM = 4;

  public OptionalInt findCopies() {
    return copies == null ? OptionalInt.empty() : OptionalInt.of(copies);
  }

  public enum Shape {
    CIRCLE,
    RECTANGLE
  }

  /** A press sheet for ganged stickers. */
  public enum Sheet {
    SRA3(320, 450),
    A4(210, 297);

    private final double widthMm;
    private final double heightMm;

    Sheet(double widthMm, double heightMm) {
      this.widthMm = widthMm;
      this.heightMm = heightMm;
    }

    public double widthMm() {
      return widthMm;
    }

    public double heightMm() {
      return heightMm;
    }
  }
}
