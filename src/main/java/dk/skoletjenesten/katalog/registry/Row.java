package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One record of a table or one JSON object: its values by key and where it stands in its file, a
 * CSV line or a JSON path. CSV cells arrive as text nodes; empty cells and JSON nulls are absent.
 */
record Row(String file, int line, String path, Map<String, JsonNode> values, boolean fromCsv) {

  Row {
    values = Map.copyOf(values);
  }

  static Row csv(String file, int line, Map<String, JsonNode> values) {
    return new Row(file, line, null, values, true);
  }

  /** A JSON object as a row; JSON nulls count as absent. */
  static Row json(String file, String path, JsonNode object) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    object.properties().stream()
        .filter(e -> !e.getValue().isNull())
        .forEach(e -> values.put(e.getKey(), e.getValue()));
    return new Row(file, 0, path, values, false);
  }

  JsonNode get(String key) {
    return values.get(key);
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Set<String> keys() {
    return values.keySet();
  }

  /** Where this record stands, for messages: {@code line 12} or {@code $[3]}. */
  String where() {
    return fromCsv ? "line " + line : path;
  }

  /** The JSON path of a value below this object, e.g. {@code $.print} + {@code trim}. */
  String pathOf(String key) {
    return path + "." + key;
  }

  Diagnostic error(String field, String message) {
    return new Diagnostic(Severity.ERROR, file, line, path, field, message);
  }

  Diagnostic warning(String field, String message) {
    return new Diagnostic(Severity.WARNING, file, line, path, field, message);
  }
}
