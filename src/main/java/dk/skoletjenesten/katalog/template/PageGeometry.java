package dk.skoletjenesten.katalog.template;

import dk.skoletjenesten.katalog.format.Css;

/**
 * Page geometry in millimetres for a layout's {@code @page} rule: the trim, and the bleed on every
 * side. Shared by the publications whose templates set their page size from the edition.
 */
public record PageGeometry(double trimWidthMm, double trimHeightMm, double bleedMm) {
  public String pageWidth() {
    return Css.mm(trimWidthMm + 2 * bleedMm);
  }

  public String pageHeight() {
    return Css.mm(trimHeightMm + 2 * bleedMm);
  }

  /**
   * A vertical gap tuned for A4 (297 mm high) for a smaller or larger trim, as CSS. It scales with
   * the square of the height ratio: the type keeps its size, so on A5 the gaps must give up more
   * than the page does (70 mm on A4 becomes 35 mm on A5).
   */
  public String gapScaled(double mmAtA4) {
    double ratio = trimHeightMm / 297;
    return Css.mm(Math.round(mmAtA4 * ratio * ratio * 10) / 10.0);
  }

  /** A distance measured from the trim, as a distance from the page edge: {@code mm} + bleed. */
  public String plusBleed(double mm) {
    return Css.mm(mm + bleedMm);
  }
}
