package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.registry.PrintSpec.Binding;

/**
 * The printed page count. Every book is a multiple of 4 pages (sheets fold in fours). A
 * perfect-bound book is rounded up to a multiple of 16 (whole signatures) when that adds at most
 * {@value #MAX_SIGNATURE_PADDING} pages to the content; otherwise to the next multiple of 4.
 */
final class PageCount {
  static final int MAX_SIGNATURE_PADDING = 6;

  private PageCount() {}

  static int padded(int contentPages, Binding binding) {
    if (contentPages < 1) {
      throw new IllegalArgumentException("expected at least one page, got " + contentPages);
    }
    int signatures = roundUp(contentPages, 16);
    if (binding == Binding.PERFECT && signatures - contentPages <= MAX_SIGNATURE_PADDING) {
      return signatures;
    }
    return roundUp(contentPages, 4);
  }

  /** Spine width of a perfect-bound book: one sheet of paper per two pages. */
  static double spineWidthMm(int pages, double paperCaliperMm) {
    return pages / 2.0 * paperCaliperMm;
  }

  private static int roundUp(int n, int multiple) {
    return (n + multiple - 1) / multiple * multiple;
  }
}
