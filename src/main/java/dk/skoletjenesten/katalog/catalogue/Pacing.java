package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.format.Css;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the catalogue's designed padding goes, as the templates read it: the sections that get a
 * house-ad page before their opener (so that every opener spread begins on a left-hand page), and
 * the height of the house ad at the foot of a section's last page, and of the house ads in the free
 * feet of entry pages. {@code probe} asks the layout for the bookmarks by which {@link
 * SectionPages} finds the sections' pages.
 */
public record Pacing(
    boolean probe,
    Set<Integer> gapsBefore,
    Map<Integer, Double> endSpaceMm,
    Map<String, Double> footSpaceMm) {
  /** No padding and no bookmarks. */
  static final Pacing NONE = new Pacing(false, Set.of(), Map.of(), Map.of());

  /** The first layout's: no padding, bookmarks on. */
  static final Pacing PROBE = new Pacing(true, Set.of(), Map.of(), Map.of());

  public Pacing {
    gapsBefore = Set.copyOf(gapsBefore);
    endSpaceMm = Map.copyOf(endSpaceMm);
    footSpaceMm = Map.copyOf(footSpaceMm);
  }

  /**
   * The entries (by anchor) that get a house ad after them, in the foot of their page, and its
   * height as CSS; sorted by anchor.
   */
  public List<Map.Entry<String, String>> feet() {
    return new TreeMap<>(footSpaceMm)
        .entrySet().stream().map(e -> Map.entry(e.getKey(), Css.mm(e.getValue()))).toList();
  }

  /** True when section {@code number} gets a padding page before its opener. */
  public boolean gapBefore(int number) {
    return gapsBefore.contains(number);
  }

  /**
   * The least height of the house ad at a section's end that holds all of it: kicker, two lines of
   * title, text and its 22 mm code (sections.css, .section-end). A lower one is compact, kicker and
   * title only: what spilled from the box would make a page of its own after it (which then took
   * the place of the named house-ad page before the next opener, and printed it unpainted).
   */
  static final double FULL_END_MM = 47;

  /** True when the house ad after section {@code number}'s entries is the compact one. */
  public boolean endCompact(int number) {
    Double mm = endSpaceMm.get(number);
    return mm != null && mm < FULL_END_MM;
  }

  /** The height of the house ad after section {@code number}'s entries, as CSS; null for none. */
  public String endSpace(int number) {
    Double mm = endSpaceMm.get(number);
    return mm == null ? null : Css.mm(mm);
  }
}
