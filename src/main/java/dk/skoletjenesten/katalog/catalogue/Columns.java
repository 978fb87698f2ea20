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
   * The lines a dense column holds on the overview's first page, under its title and introduction
   * (measured: 58 places of one line and a group head).
   */
  static final int PAGE_LINES = 60;

  /**
   * The lines a dense column is given on the pages of an overview that runs on, with room to spare:
   * on the first page ({@link #FIRST_LINES}) and on the following ones, which have no title ({@link
   * #NEXT_LINES}; 67 places were measured). A table cell that ran over a page break lost its first
   * line to the page's clip, so a large section's columns are cut into pages here.
   */
  static final int FIRST_LINES = 56;

  static final int NEXT_LINES = 64;

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
   * its longer column holds at most {@value #PAGE_LINES} lines; else as few pages as hold it, all
   * about as full (each column filled in turn to its share of the lines, a group that breaks
   * heading the next column as continued) and the rest balanced on the last page.
   */
  static List<List<List<OverviewGroup>>> pages(List<OverviewGroup> groups) {
    List<List<OverviewGroup>> single = balance(groups);
    if (Math.max(lines(single.get(0)), lines(single.get(1))) <= PAGE_LINES) {
      return List.of(single);
    }
    int total = lines(groups);
    int pages = 2;
    while (capacity(pages) < total) {
      pages++;
    }
    while (true) {
      List<List<List<OverviewGroup>>> cut = cut(groups, pages, (double) total / capacity(pages));
      List<List<OverviewGroup>> last = cut.get(cut.size() - 1);
      if (Math.max(lines(last.get(0)), lines(last.get(1))) <= NEXT_LINES) {
        return cut;
      }
      pages++;
    }
  }

  /**
   * {@code groups} on {@code pages} pages, the columns of all but the last filled to {@code share}
   * of what they hold, the last balanced.
   */
  private static List<List<List<OverviewGroup>>> cut(
      List<OverviewGroup> groups, int pages, double share) {
    List<List<List<OverviewGroup>>> result = new ArrayList<>();
    List<OverviewGroup> rest = groups;
    for (int page = 0; page < pages - 1; page++) {
      int budget = (int) Math.ceil((page == 0 ? FIRST_LINES : NEXT_LINES) * share);
      int left = fitting(rest, budget);
      List<OverviewGroup> afterLeft = right(rest, left);
      int right = fitting(afterLeft, budget);
      result.add(List.of(left(rest, left), left(afterLeft, right)));
      rest = right(afterLeft, right);
    }
    result.add(balance(rest));
    return result;
  }

  /** The lines {@code pages} overview pages hold in their two columns. */
  private static int capacity(int pages) {
    return 2 * (FIRST_LINES + (pages - 1) * NEXT_LINES);
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
