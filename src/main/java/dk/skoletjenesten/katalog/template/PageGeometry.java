package dk.skoletjenesten.katalog.template;

import dk.skoletjenesten.katalog.format.Css;
import dk.skoletjenesten.katalog.pdf.PageBoxes;

/**
 * The page of a layout in millimetres: the trim, and the bleed on every side. The one value that
 * both sides read: the templates set their {@code @page} rule and their A4 or small sizes from it,
 * the builders give the renderer its {@link #boxes()}.
 */
public record PageGeometry(double trimWidthMm, double trimHeightMm, double bleedMm) {
  /** Trims at least this wide (A4) take the large sizes; narrower ones (A5) the small ones. */
  static final double A4_FROM_WIDTH_MM = 180;

  /**
   * A4, or a custom trim as wide: the layouts set their A4 type sizes, margins and columns; A5 and
   * other narrow trims take the small ones.
   */
  public boolean a4() {
    return trimWidthMm >= A4_FROM_WIDTH_MM;
  }

  /** The page and trim boxes the renderer gives every page. */
  public PageBoxes boxes() {
    return new PageBoxes(trimWidthMm, trimHeightMm, bleedMm);
  }

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
