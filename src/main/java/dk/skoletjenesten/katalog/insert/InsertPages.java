package dk.skoletjenesten.katalog.insert;

import java.util.OptionalInt;

/**
 * The printed page count of an insert. It is saddle-stitched inside the catalogue, so it has 4, 8,
 * 12 or 16 pages: the laid-out pages plus the back page, rounded up to a multiple of 4 with
 * designed padding pages. More than {@value #MAX_PAGES} pages do not stitch into the catalogue.
 */
final class InsertPages {
  static final int MAX_PAGES = 16;

  private InsertPages() {}

  /** The printed count for {@code pages} pages (back page included), or empty above the maximum. */
  static OptionalInt padded(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("expected at least one page, got " + pages);
    }
    int padded = (pages + 3) / 4 * 4;
    return padded > MAX_PAGES ? OptionalInt.empty() : OptionalInt.of(padded);
  }
}
