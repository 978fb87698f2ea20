package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.format.Css;
import dk.skoletjenesten.katalog.pdf.PageBoxes;

/**
 * The cover spread of a perfect-bound book in millimetres: back, spine and front side by side, with
 * bleed around the whole. {@link #trimWidthMm()} is the spread's trimmed width.
 */
public record CoverGeometry(double panelWidthMm, double heightMm, double bleedMm, double spineMm) {
  public double trimWidthMm() {
    return 2 * panelWidthMm + spineMm;
  }

  /** The boxes of the spread's one page: the spread's trim with bleed around the whole. */
  public PageBoxes boxes() {
    return new PageBoxes(trimWidthMm(), heightMm, bleedMm);
  }

  public String pageWidth() {
    return Css.mm(trimWidthMm() + 2 * bleedMm);
  }

  public String pageHeight() {
    return Css.mm(heightMm + 2 * bleedMm);
  }

  /** Left edge of the spine, measured from the page's left edge (bleed included). */
  public String spineLeft() {
    return Css.mm(bleedMm + panelWidthMm);
  }

  public String spineWidth() {
    return Css.mm(spineMm);
  }

  /** Left edge of the front panel, from the page's left edge. */
  public String frontLeft() {
    return Css.mm(bleedMm + panelWidthMm + spineMm);
  }

  /** Width of a panel including its outer bleed. */
  public String panelWithBleed() {
    return Css.mm(panelWidthMm + bleedMm);
  }
}
