package dk.skoletjenesten.katalog.pdf;

/**
 * The geometry every page of a document gets: the page (MediaBox = BleedBox) is the trim plus
 * {@code bleedMm} on every side, the TrimBox is the final format centred in it.
 */
public record PageBoxes(double trimWidthMm, double trimHeightMm, double bleedMm) {
  public PageBoxes {
    if (trimWidthMm <= 0 || trimHeightMm <= 0 || bleedMm < 0) {
      throw new IllegalArgumentException(
          "expected a positive trim and a bleed >= 0, got "
              + trimWidthMm
              + " x "
              + trimHeightMm
              + " + "
              + bleedMm);
    }
  }

  public double pageWidthMm() {
    return trimWidthMm + 2 * bleedMm;
  }

  public double pageHeightMm() {
    return trimHeightMm + 2 * bleedMm;
  }
}
