package dk.skoletjenesten.katalog.common;

/** The one place where millimetres become PDF points (1 pt = 1/72 inch). */
public final class Units {
  public static final double POINTS_PER_INCH = 72.0;
  public static final double MM_PER_INCH = 25.4;

  private Units() {}

  public static float mmToPt(double mm) {
    return (float) (mm * POINTS_PER_INCH / MM_PER_INCH);
  }

  public static double ptToMm(double pt) {
    return pt * MM_PER_INCH / POINTS_PER_INCH;
  }
}
