package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Markdown file with a front matter block: a first line {@code ---}, {@code key: value} lines, a
 * closing {@code ---}, then the body. Values may be quoted with {@code "} or {@code '}.
 */
record FrontMatter(
    Map<String, JsonNode> values, Map<String, Integer> lines, String body, int bodyLine) {

  /** The parsed file, or empty when it has no complete front matter block. */
  static Optional<FrontMatter> parse(String text) {
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return Optional.empty();
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("---")) {
        String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
        return Optional.of(new FrontMatter(values, lineOf, body, i + 2));
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        String key = line.substring(0, colon).strip();
        values.put(key, TextNode.valueOf(unquote(line.substring(colon + 1).strip())));
        lineOf.put(key, i + 1);
      }
    }
    return Optional.empty();
  }

  /** A warning for each key of {@code row} (read from this block) that is not {@code known}. */
  void warnUnknownKeys(Row row, Set<String> known, Diagnostics out) {
    row.keys().stream()
        .filter(k -> !known.contains(k))
        .sorted()
        .forEach(
            k ->
                out.add(
                    Diagnostic.warning(
                        row.file(), lines.get(k), k, "unknown front matter key, ignored")));
  }

  private static String unquote(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }
}
