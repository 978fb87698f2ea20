package dk.skoletjenesten.katalog.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the phrase banks in {@code src/test/resources/sampledata/}: a block starts with {@code ==
 * kind key}, a sub-block (a topic) with {@code -- title}; other lines are {@code key: value} and a
 * repeated key adds a value. Lines starting with {@code #} are comments.
 */
final class Blocks {
  private static final String BASE = "/sampledata/";

  private Blocks() {}

  /** One block or sub-block: its kind, key (or title) and values in file order. */
  record Block(String kind, String key, Map<String, List<String>> values, List<Block> children) {
    String one(String name) {
      List<String> list = values.getOrDefault(name, List.of());
      return list.isEmpty() ? null : list.get(0);
    }

    String one(String name, String fallback) {
      String value = one(name);
      return value == null ? fallback : value;
    }

    List<String> all(String name) {
      return values.getOrDefault(name, List.of());
    }
  }

  static String text(String resource) {
    try (InputStream in = Blocks.class.getResourceAsStream(BASE + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The non-empty, non-comment lines of a resource. */
  static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    for (String line : text(resource).split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        lines.add(trimmed);
      }
    }
    return lines;
  }

  static List<Block> parse(String resource) {
    List<Block> blocks = new ArrayList<>();
    Block current = null;
    Block child = null;
    for (String line : lines(resource)) {
      if (line.startsWith("== ")) {
        String[] head = line.substring(3).split(" ", 2);
        current = new Block(head[0], head[1], new LinkedHashMap<>(), new ArrayList<>());
        blocks.add(current);
        child = null;
      } else if (line.startsWith("-- ")) {
        child =
            new Block("topic", line.substring(3).strip(), new LinkedHashMap<>(), new ArrayList<>());
        current.children().add(child);
      } else {
        int colon = line.indexOf(':');
        Block target = child != null ? child : current;
        target
            .values()
            .computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
      }
    }
    return blocks;
  }
}
