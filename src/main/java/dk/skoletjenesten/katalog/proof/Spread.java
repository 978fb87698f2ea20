package dk.skoletjenesten.katalog.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Two facing pages as a bound book opens (page numbers from 1): page 1 alone on the right, then
 * 2|3, 4|5, ..., and the last page alone on the left when the count is even.
 */
record Spread(OptionalInt left, OptionalInt right) {

  Spread {
    if (left.isEmpty() && right.isEmpty()) {
      throw new IllegalArgumentException("a spread has at least one page");
    }
  }

  /** The spreads of a book of {@code pages} pages, in reading order. */
  static List<Spread> ofBook(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("a book has at least one page, got " + pages);
    }
    List<Spread> spreads = new ArrayList<>();
    spreads.add(new Spread(OptionalInt.empty(), OptionalInt.of(1)));
    for (int left = 2; left <= pages; left += 2) {
      OptionalInt right = left + 1 <= pages ? OptionalInt.of(left + 1) : OptionalInt.empty();
      spreads.add(new Spread(OptionalInt.of(left), right));
    }
    return spreads;
  }

  /** The pages of this spread, left to right. */
  List<Integer> pages() {
    List<Integer> pages = new ArrayList<>(2);
    left.ifPresent(pages::add);
    right.ifPresent(pages::add);
    return pages;
  }

  @Override
  public String toString() {
    return (left.isPresent() ? String.valueOf(left.getAsInt()) : "-")
        + "|"
        + (right.isPresent() ? String.valueOf(right.getAsInt()) : "-");
  }
}
