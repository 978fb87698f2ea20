package dk.skoletjenesten.katalog.template;

/**
 * Page geometry in millimetres for a layout's {@code @page} rule: the trim, and the bleed on every
 * side. Shared by the publications whose templates set their page size from the edition.
 */
public record PageGeometry(double trimWidthMm, double trimHeightMm, double bleedMm) {
  public String pageWidth() {
    return mm(trimWidthMm + 2 * bleedMm);
  }

  public String pageHeight() {
    return mm(trimHeightMm + 2 * bleedMm);
  }

  public String bleed() {
    return mm(bleedMm);
  }

  /** A distance measured from the trim, as a distance from the page edge: {@code mm} + bleed. */
  public String plusBleed(double mm) {
    return mm(mm + bleedMm);
  }

  /** {@code 3mm}, {@code 151.5mm}: a CSS length without trailing zeros. */
  public static String mm(double mm) {
    return java.math.BigDecimal.valueOf(mm).stripTrailingZeros().toPlainString() + "mm";
  }
}
