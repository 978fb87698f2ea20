package dk.skoletjenesten.katalog.format;

import java.math.BigDecimal;

/** Lengths as the layouts' CSS writes them. */
public final class Css {
  private Css() {}

  /** {@code 3mm}, {@code 151.5mm}: a CSS length in millimetres without trailing zeros. */
  public static String mm(double mm) {
    return BigDecimal.valueOf(mm).stripTrailingZeros().toPlainString() + "mm";
  }
}
