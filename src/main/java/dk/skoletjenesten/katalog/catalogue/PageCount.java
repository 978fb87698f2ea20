package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.registry.PrintSpec.Binding;

/**
 * The printed page count. A saddle-stitched book is a multiple of 4 pages (sheets fold in fours); a
 * perfect-bound one a multiple of 16 (whole signatures), the padding being designed pages (the
 * notes pages of {@code layouts/catalogue/tail.html}).
 */
final class PageCount {
  private PageCount() {}

  static int padded(int contentPages, Binding binding) {
    if (contentPages < 1) {
      throw new IllegalArgumentException("expected at least one page, got " + contentPages);
    }
    return roundUp(contentPages, binding == Binding.PERFECT ? 16 : 4);
  }

  /** Spine width of a perfect-bound book: one sheet of paper per two pages. */
  static double spineWidthMm(int pages, double paperCaliperMm) {
    return pages / 2.0 * paperCaliperMm;
  }

  private static int roundUp(int n, int multiple) {
    return (n + multiple - 1) / multiple * multiple;
  }
}
