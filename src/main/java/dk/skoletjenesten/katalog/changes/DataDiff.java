package dk.skoletjenesten.katalog.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dk.skoletjenesten.katalog.changes.DataChanges.Entry;
import dk.skoletjenesten.katalog.changes.DataChanges.FieldChange;
import dk.skoletjenesten.katalog.changes.DataChanges.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares two registry snapshots group by group, entry by id, field by field. */
final class DataDiff {
  /** The reference prefix of each group's entries, as pages list them: {@code offer:ID}. */
  private static final Map<String, String> REF =
      Map.of(
          "places", "place",
          "offers", "offer",
          "orders", "order",
          "articles", "article",
          "schools", "schools");

  /** The field that names an entry of a group; orders are named by their id. */
  private static final Map<String, String> LABEL =
      Map.of("places", "name", "offers", "title", "articles", "title", "schools", "name");

  private DataDiff() {}

  static DataChanges compare(JsonNode before, JsonNode after) {
    Map<String, Group> groups = new TreeMap<>();
    for (String group : RegistrySnapshot.GROUPS) {
      groups.put(group, group(group, before.path(group), after.path(group)));
    }
    return new DataChanges(false, groups, fields(before.path("edition"), after.path("edition")));
  }

  private static Group group(String group, JsonNode before, JsonNode after) {
    Set<String> ids = new TreeSet<>();
    before.fieldNames().forEachRemaining(ids::add);
    after.fieldNames().forEachRemaining(ids::add);
    List<Entry> changed = new ArrayList<>();
    List<Entry> added = new ArrayList<>();
    List<Entry> removed = new ArrayList<>();
    for (String id : ids) {
      JsonNode old = before.path(id);
      JsonNode now = after.path(id);
      if (old.isMissingNode()) {
        added.add(entry(group, id, List.of(), old, now));
      } else if (now.isMissingNode()) {
        removed.add(entry(group, id, List.of(), old, now));
      } else if (!old.equals(now)) {
        changed.add(entry(group, id, fields(old, now), old, now));
      }
    }
    return new Group(changed, added, removed);
  }

  private static Entry entry(
      String group, String id, List<FieldChange> fields, JsonNode before, JsonNode after) {
    String labelField = LABEL.get(group);
    JsonNode named = after.isMissingNode() ? before : after;
    String label = labelField == null ? id : named.path(labelField).asText(id);
    return new Entry(REF.get(group) + ":" + id, id, label, fields, before, after, List.of());
  }

  /** The fields of two objects whose values differ, by name; an absent field is null. */
  static List<FieldChange> fields(JsonNode before, JsonNode after) {
    Set<String> names = new TreeSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      JsonNode old = orNull(before.path(name));
      JsonNode now = orNull(after.path(name));
      if (!old.equals(now)) {
        changes.add(new FieldChange(name, old, now));
      }
    }
    return changes;
  }

  private static JsonNode orNull(JsonNode node) {
    return node.isMissingNode() ? NullNode.getInstance() : node;
  }
}
