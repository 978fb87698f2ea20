package dk.skoletjenesten.katalog.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The counts of a comparison and the line that tells them. */
record Summary(
    int dataChanges,
    int pagesChanged,
    int publicationsWithChangedPages,
    int pagesMoved,
    int pagesAdded,
    int pagesRemoved,
    int publicationsAdded,
    int publicationsRemoved) {

  static Summary of(Changes changes) {
    List<PublicationChanges> p = changes.publications();
    return new Summary(
        changes.data().count(),
        p.stream().mapToInt(c -> c.changedPages().size()).sum(),
        (int) p.stream().filter(c -> !c.changedPages().isEmpty()).count(),
        p.stream().mapToInt(c -> c.movedPages().size()).sum(),
        p.stream().mapToInt(c -> c.addedPages().size()).sum(),
        p.stream().mapToInt(c -> c.removedPages().size()).sum(),
        (int) p.stream().filter(c -> c.status().equals("added")).count(),
        (int) p.stream().filter(c -> c.status().equals("removed")).count());
  }

  /** {@code 3 data changes, 4 pages changed in 2 publications, 17 pages moved}. */
  String text() {
    List<String> parts = new ArrayList<>();
    parts.add(dataChanges == 0 ? "no data changes" : plural(dataChanges, "data change"));
    parts.add(
        pagesChanged == 0
            ? "no pages changed"
            : plural(pagesChanged, "page")
                + " changed in "
                + plural(publicationsWithChangedPages, "publication"));
    addIfAny(parts, pagesMoved, "page", "moved");
    addIfAny(parts, pagesAdded, "page", "added");
    addIfAny(parts, pagesRemoved, "page", "removed");
    addIfAny(parts, publicationsAdded, "publication", "added");
    addIfAny(parts, publicationsRemoved, "publication", "removed");
    return String.join(", ", parts);
  }

  ObjectNode json(ObjectMapper mapper) {
    ObjectNode node = mapper.createObjectNode();
    node.put("text", text());
    node.put("data_changes", dataChanges);
    node.put("pages_changed", pagesChanged);
    node.put("publications_with_changed_pages", publicationsWithChangedPages);
    node.put("pages_moved", pagesMoved);
    node.put("pages_added", pagesAdded);
    node.put("pages_removed", pagesRemoved);
    node.put("publications_added", publicationsAdded);
    node.put("publications_removed", publicationsRemoved);
    return node;
  }

  private static void addIfAny(List<String> parts, int n, String word, String what) {
    if (n > 0) {
      parts.add(plural(n, word) + " " + what);
    }
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
