package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.PlaceGroup;
import java.util.List;

/** Splits groups of places over two columns of about equal height. */
final class Columns {
  private static final int HEADING_LINES = 2;

  private Columns() {}

  /** The number of groups that go in the left column. */
  static int split(List<PlaceGroup> groups) {
    int total = groups.stream().mapToInt(Columns::lines).sum();
    int sum = 0;
    for (int i = 0; i < groups.size(); i++) {
      int next = sum + lines(groups.get(i));
      if (next * 2 > total) {
        return next * 2 - total < total - sum * 2 ? i + 1 : Math.max(i, 1);
      }
      sum = next;
    }
    return groups.size();
  }

  private static int lines(PlaceGroup group) {
    return HEADING_LINES + group.places().size();
  }
}
