package dk.skoletjenesten.katalog.changes;

import java.util.List;

/**
 * How one publication (a manifest path) differs: {@code status} is {@code changed}, {@code added}
 * or {@code removed} (the last two list no pages). Page numbers are the new file's, except for
 * removed pages (the old file's) and the {@code from} of a move.
 */
record PublicationChanges(
    String path,
    String status,
    int oldPages,
    int newPages,
    List<ChangedPage> changedPages,
    List<MovedPage> movedPages,
    List<PageRef> addedPages,
    List<PageRef> removedPages) {

  PublicationChanges {
    changedPages = List.copyOf(changedPages);
    movedPages = List.copyOf(movedPages);
    addedPages = List.copyOf(addedPages);
    removedPages = List.copyOf(removedPages);
  }

  boolean isEmpty() {
    return status.equals("changed")
        && changedPages.isEmpty()
        && movedPages.isEmpty()
        && addedPages.isEmpty()
        && removedPages.isEmpty();
  }

  /**
   * A page at the same number that looks different: the side-by-side image's bundle path, the
   * changed regions in proof pixels ({@code x, y, width, height} on the new proof) and the data
   * entries found on it.
   */
  record ChangedPage(int page, String image, List<Region> regions, List<String> data) {
    ChangedPage {
      regions = List.copyOf(regions);
      data = List.copyOf(data);
    }
  }

  /** A rectangle in proof pixels. */
  record Region(int x, int y, int width, int height) {}

  /** A page whose content is unchanged but now has another number. */
  record MovedPage(int from, int to) {}

  /** An added or removed page and the data entries found on it. */
  record PageRef(int page, List<String> data) {
    PageRef {
      data = List.copyOf(data);
    }
  }
}
