package dk.skoletjenesten.katalog.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What differs between two registry snapshots: per group ({@link RegistrySnapshot#GROUPS}) the
 * entries added, removed and changed, and the edition's changed fields. {@code same} when the
 * bundles' data digests are equal (then nothing else was read).
 */
record DataChanges(boolean same, Map<String, Group> groups, List<FieldChange> edition) {

  DataChanges {
    groups = Map.copyOf(groups);
    edition = List.copyOf(edition);
  }

  static DataChanges none() {
    Group empty = new Group(List.of(), List.of(), List.of());
    Map<String, Group> groups =
        RegistrySnapshot.GROUPS.stream().collect(Collectors.toMap(g -> g, g -> empty));
    return new DataChanges(true, groups, List.of());
  }

  Group group(String name) {
    return groups.get(name);
  }

  /** Entries added, removed or changed, plus one for the edition when any of its fields changed. */
  int count() {
    int entries = groups.values().stream().mapToInt(Group::count).sum();
    return entries + (edition.isEmpty() ? 0 : 1);
  }

  /** A group's differences, each list sorted by id. */
  record Group(List<Entry> changed, List<Entry> added, List<Entry> removed) {
    Group {
      changed = List.copyOf(changed);
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }

    int count() {
      return changed.size() + added.size() + removed.size();
    }
  }

  /**
   * One entry added, removed or changed: its reference ({@code offer:ID}), id, label (name or
   * title), changed fields (empty when added or removed), its old and new fields as the snapshots
   * hold them (a missing node when absent) and the pages it was found on.
   */
  record Entry(
      String ref,
      String id,
      String label,
      List<FieldChange> fields,
      JsonNode before,
      JsonNode after,
      List<PageRefs> pages) {
    Entry {
      fields = List.copyOf(fields);
      pages = List.copyOf(pages);
    }

    Entry withPages(List<PageRefs> found) {
      return new Entry(ref, id, label, fields, before, after, found);
    }
  }

  /** A field whose value differs; {@code before}/{@code after} are null nodes when absent. */
  record FieldChange(String field, JsonNode before, JsonNode after) {}

  /**
   * The pages of one publication showing an entry: {@code pages} are changed or added pages (new
   * numbers) printing its old or new text, {@code removedPages} removed pages (old numbers).
   */
  record PageRefs(String path, List<Integer> pages, List<Integer> removedPages) {
    PageRefs {
      pages = List.copyOf(pages);
      removedPages = List.copyOf(removedPages);
    }
  }
}
