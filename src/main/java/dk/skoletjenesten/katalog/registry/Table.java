package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table as read: whether the file could be read at all, the valid records, and every row. A row
 * rejected for one bad field still declares its id, so references to it are not reported a second
 * time; a table that could not be read is not used for reference checks at all.
 */
record Table<T>(boolean loaded, List<Located<T>> items, List<Row> rows) {

  Table {
    items = List.copyOf(items);
    rows = List.copyOf(rows);
  }

  static <T> Table<T> missing() {
    return new Table<>(false, List.of(), List.of());
  }

  List<T> values() {
    return items.stream().map(Located::value).toList();
  }

  /** The text of {@code key} in every row, valid or not. */
  Set<String> declared(String key) {
    return rows.stream()
        .map(r -> r.get(key))
        .filter(Objects::nonNull)
        .map(JsonNode::asText)
        .map(String::strip)
        .collect(Collectors.toSet());
  }
}
