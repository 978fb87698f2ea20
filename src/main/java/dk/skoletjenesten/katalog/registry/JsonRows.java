package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns JSON objects into {@link Row} values; JSON nulls count as absent. */
final class JsonRows {
  private JsonRows() {}

  static Map<String, JsonNode> valuesOf(JsonNode object) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    object
        .properties()
        .forEach(
            e -> {
              if (!e.getValue().isNull()) {
                values.put(e.getKey(), e.getValue());
              }
            });
    return values;
  }
}
