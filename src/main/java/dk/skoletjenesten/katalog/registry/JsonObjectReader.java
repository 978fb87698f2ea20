package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of JSON object and how it becomes a record: the one reader of edition.json,
 * annual-report/report.json, the orders and every object nested in them. The object may hold only
 * {@code keys}: any other key is an error, so that a typo in a setting cannot pass silently. Its
 * values are given to {@code record} as {@link Fields}; nested objects and lists of objects are
 * read with {@link Fields#object} and {@link Fields#objects}.
 */
final class JsonObjectReader<T> {
  private final List<String> keys;
  private final Function<Fields, Optional<T>> record;

  private JsonObjectReader(List<String> keys, Function<Fields, Optional<T>> record) {
    this.keys = List.copyOf(keys);
    this.record = record;
  }

  static <T> JsonObjectReader<T> of(List<String> keys, Function<Fields, Optional<T>> record) {
    return new JsonObjectReader<>(keys, record);
  }

  /** The record of a file that holds one such object, with its row; empty when there is none. */
  Optional<Located<T>> readFile(DataFolder folder, String relative, Diagnostics out) {
    return folder
        .readJson(relative)
        .flatMap(root -> root(folder.display(relative), root, out))
        .flatMap(row -> read(row, out).map(value -> new Located<>(value, row)));
  }

  /** The record of one object; every unknown key is reported first. */
  Optional<T> read(Row row, Diagnostics out) {
    Fields fields = new Fields(row, out);
    row.keys().stream()
        .filter(key -> !keys.contains(key))
        .sorted()
        .forEach(
            key ->
                fields.error(key, "unknown key (expected one of " + String.join(", ", keys) + ")"));
    return record.apply(fields);
  }

  private static Optional<Row> root(String file, JsonNode root, Diagnostics out) {
    if (!root.isObject()) {
      out.add(Diagnostic.errorAt(file, "$", null, "expected an object, got " + Fields.got(root)));
      return Optional.empty();
    }
    return Optional.of(Row.json(file, "$", root));
  }
}
