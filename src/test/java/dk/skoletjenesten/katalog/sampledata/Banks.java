package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All phrase banks: kinds, partner profiles, topic pools and sentence templates. */
final class Banks {
  private static final List<String> TOPIC_FILES =
      List.of(
          "topics-kunst.txt",
          "topics-historie.txt",
          "topics-natur.txt",
          "topics-scene.txt",
          "topics-samfund.txt");

  final Map<String, Kind> kinds = new LinkedHashMap<>();
  final List<Blocks.Block> partners = Blocks.parse("partners.txt");
  final Map<String, List<Topic>> pools = new LinkedHashMap<>();
  final Map<String, List<String>> templates = new LinkedHashMap<>();

  Banks() {
    Blocks.parse("kinds.txt").forEach(b -> kinds.put(b.key(), Kind.from(b)));
    for (String file : TOPIC_FILES) {
      for (Blocks.Block pool : Blocks.parse(file)) {
        List<Topic> topics = pools.computeIfAbsent(pool.key(), k -> new ArrayList<>());
        pool.children().forEach(t -> topics.add(Topic.from(pool.key(), t)));
      }
    }
    loadTemplates();
  }

  private void loadTemplates() {
    List<String> current = null;
    for (String line : Blocks.lines("templates.txt")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            templates.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else {
        current.add(line);
      }
    }
  }

  Kind kind(String key) {
    Kind kind = kinds.get(key);
    if (kind == null) {
      throw new IllegalArgumentException("unknown kind " + key);
    }
    return kind;
  }

  List<Topic> pool(String name) {
    List<Topic> pool = pools.get(name);
    if (pool == null) {
      throw new IllegalArgumentException("unknown pool " + name);
    }
    return pool;
  }

  /** The templates for a role, e.g. {@code open:visit}; empty when there are none. */
  List<String> templates(String role, String key) {
    return templates.getOrDefault(role + ":" + key, List.of());
  }
}
