package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.OverviewGroup;
import dk.skoletjenesten.katalog.catalogue.Views.OverviewPlace;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a section's overview over two columns of about equal length, measured in lines: a group
 * heading takes {@value #HEADING_LINES}, a place as many lines as its name needs at {@value
 * #CHARS_PER_LINE} characters a line. A group may break between places, keeping at least {@value
 * #MIN_PART} of them on each side; its remainder heads the right column as continued.
 */
final class Columns {
  static final int HEADING_LINES = 2;
  static final int CHARS_PER_LINE = 26;
  static final int MIN_PART = 2;

  /**
   * The lines an overview column holds at its normal size on A4 with room to spare (the sample's
   * largest section needs 43); above it the overview is set dense.
   */
  static final int DENSE_LINES = 46;

  /**
   * The lines a dense column holds on an overview page, with room to spare (the first page has the
   * title and introduction above its columns). A section with more places gets more overview pages:
   * a table cell that ran over a page break lost its first line to the page's clip.
   */
  static final int PAGE_LINES = 56;

  private Columns() {}

  /** The left and the right column. */
  static List<List<OverviewGroup>> balance(List<OverviewGroup> groups) {
    int places = groups.stream().mapToInt(g -> g.places().size()).sum();
    int best = places;
    int bestLength = Integer.MAX_VALUE;
    for (int split = 1; split < places; split++) {
      if (allowed(groups, split)) {
        int longer = Math.max(lines(left(groups, split)), lines(right(groups, split)));
        if (longer < bestLength) {
          best = split;
          bestLength = longer;
        }
      }
    }
    return List.of(left(groups, best), right(groups, best));
  }

  /**
   * The overview's pages, each a left and a right column: one page balanced ({@link #balance}) when
   * its longer column holds at most {@value #PAGE_LINES} lines; else full pages, each column filled
   * to {@value #PAGE_LINES} lines in turn (a group that breaks heads the next column as continued),
   * and the rest balanced on the last page.
   */
  static List<List<List<OverviewGroup>>> pages(List<OverviewGroup> groups) {
    List<List<List<OverviewGroup>>> pages = new ArrayList<>();
    List<OverviewGroup> rest = groups;
    while (true) {
      List<List<OverviewGroup>> balanced = balance(rest);
      if (Math.max(lines(balanced.get(0)), lines(balanced.get(1))) <= PAGE_LINES) {
        pages.add(balanced);
        return pages;
      }
      int left = fitting(rest, PAGE_LINES);
      List<OverviewGroup> afterLeft = right(rest, left);
      int right = fitting(afterLeft, PAGE_LINES);
      pages.add(List.of(left(rest, left), left(afterLeft, right)));
      rest = right(afterLeft, right);
    }
  }

  /**
   * How many places from the start of {@code groups} fill at most {@code lines} lines (one at
   * least).
   */
  private static int fitting(List<OverviewGroup> groups, int lines) {
    int used = 0;
    int places = 0;
    for (OverviewGroup g : groups) {
      used += HEADING_LINES;
      for (OverviewPlace place : g.places()) {
        used += lines(place);
        if (used > lines) {
          return Math.max(1, places);
        }
        places++;
      }
    }
    return places;
  }

  /** The length of a column in lines. */
  static int lines(List<OverviewGroup> column) {
    return column.stream()
        .mapToInt(g -> HEADING_LINES + g.places().stream().mapToInt(Columns::lines).sum())
        .sum();
  }

  private static int lines(OverviewPlace place) {
    return Math.max(1, (place.name().length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE);
  }

  /** A split between groups, or inside one with at least {@link #MIN_PART} places each side. */
  private static boolean allowed(List<OverviewGroup> groups, int split) {
    int before = 0;
    for (OverviewGroup g : groups) {
      int size = g.places().size();
      if (split < before + size) {
        int inGroup = split - before;
        return inGroup == 0 || (inGroup >= MIN_PART && size - inGroup >= MIN_PART);
      }
      before += size;
    }
    return true;
  }

  private static List<OverviewGroup> left(List<OverviewGroup> groups, int split) {
    List<OverviewGroup> column = new ArrayList<>();
    int before = 0;
    for (OverviewGroup g : groups) {
      int take = Math.min(g.places().size(), split - before);
      if (take > 0) {
        column.add(new OverviewGroup(g.heading(), g.continued(), g.places().subList(0, take)));
      }
      before += g.places().size();
    }
    return column;
  }

  private static List<OverviewGroup> right(List<OverviewGroup> groups, int split) {
    List<OverviewGroup> column = new ArrayList<>();
    int before = 0;
    for (OverviewGroup g : groups) {
      int size = g.places().size();
      int from = Math.max(0, split - before);
      if (from < size) {
        column.add(new OverviewGroup(g.heading(), from > 0, g.places().subList(from, size)));
      }
      before += size;
    }
    return column;
  }
}
