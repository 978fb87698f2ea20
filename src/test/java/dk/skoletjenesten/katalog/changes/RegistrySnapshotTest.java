package dk.skoletjenesten.katalog.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrySnapshotTest {
  private static final Path VALID = Path.of("src/test/resources/registry/valid-csv");
  private static final Path GOLDEN = Path.of("src/test/resources/changes/registry.json");

  private static Registry registry() {
    return RegistryReader.read(VALID).registry().orElseThrow();
  }

  @Test
  void snapshotOfTheTestRegistryMatchesTheGoldenFile() throws IOException {
    GoldenFiles.assertMatches(
        GOLDEN, new String(RegistrySnapshot.json(registry()), StandardCharsets.UTF_8));
  }

  @Test
  void readingTheDataTwiceGivesTheSameBytes() {
    assertThat(RegistrySnapshot.json(registry())).isEqualTo(RegistrySnapshot.json(registry()));
  }

  @Test
  void everyObjectHasItsKeysSorted() throws IOException {
    JsonNode root = new ObjectMapper().readTree(RegistrySnapshot.json(registry()));
    List<String> unsorted = new ArrayList<>();
    collectUnsorted(root, "$", unsorted);
    assertThat(unsorted).isEmpty();
    assertThat(root.path("offers").size()).isEqualTo(registry().offers().size());
    assertThat(root.path("places").size()).isEqualTo(registry().institutions().size());
  }

  private static void collectUnsorted(JsonNode node, String path, List<String> unsorted) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      if (!names.equals(names.stream().sorted().toList())) {
        unsorted.add(path);
      }
      node.fields()
          .forEachRemaining(e -> collectUnsorted(e.getValue(), path + "." + e.getKey(), unsorted));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUnsorted(node.get(i), path + "[" + i + "]", unsorted);
      }
    }
  }
}
