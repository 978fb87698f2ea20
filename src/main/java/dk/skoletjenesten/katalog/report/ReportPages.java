package dk.skoletjenesten.katalog.report;

/**
 * The printed page count of the saddle-stitched report: the laid-out pages and the back cover,
 * rounded up to a multiple of 4 (sheets fold in fours) with designed padding pages.
 */
final class ReportPages {
  private ReportPages() {}

  static int padded(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("expected at least one page, got " + pages);
    }
    return (pages + 3) / 4 * 4;
  }
}
