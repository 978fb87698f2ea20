package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.format.Css;
import dk.skoletjenesten.katalog.pdf.PageBoxes;

/**
 * The cover spread of a perfect-bound book in millimetres: back, spine and front side by side, with
 * bleed around the whole. {@link #trimWidthMm()} is the spread's trimmed width. The spine's colour
 * is printed {@value #SPINE_CARRY_MM} mm past each fold: the binding may drift by a millimetre or
 * so, and then the spine shows a little of the covers' colour instead of a sliver of the covers
 * showing the spine's.
 */
public record CoverGeometry(double panelWidthMm, double heightMm, double bleedMm, double spineMm) {
  /** How far the spine's colour runs onto each cover. */
  public static final double SPINE_CARRY_MM = 2;

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

  /** Left edge of the spine's colour, {@link #SPINE_CARRY_MM} onto the back. */
  public String spineStripLeft() {
    return Css.mm(bleedMm + panelWidthMm - SPINE_CARRY_MM);
  }

  /** Width of the spine's colour: the spine and the carry onto both covers. */
  public String spineStripWidth() {
    return Css.mm(spineMm + 2 * SPINE_CARRY_MM);
  }

  /** A distance from the trim as a distance from the page's edge: {@code mm} + bleed. */
  public String plusBleed(double mm) {
    return Css.mm(mm + bleedMm);
  }

  /** The spine's centre from the page's left edge. */
  public double spineCentreXMm() {
    return bleedMm + panelWidthMm + spineMm / 2;
  }

  /** The spine's centre from the page's bottom edge. */
  public double spineCentreYMm() {
    return bleedMm + heightMm / 2;
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
