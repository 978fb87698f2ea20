package dk.skoletjenesten.katalog.template;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: every folder {@code src/test/resources/template/golden/NAME/} holds a data folder
 * {@code data/} (or names one in {@code data.txt}) and the expected XHTML of the catalogue's main
 * template, {@code expected.xhtml}. A folder without both fails. Run with {@code
 * -Dgolden.update=true} to rewrite the expected files after a deliberate layout change.
 */
class CatalogueXhtmlGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/template/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> catalogueXhtmlMatchesTheGoldenFile() throws IOException {
    return cases().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void everyGoldenCaseIsPaired() throws IOException {
    for (Path dir : cases()) {
      assertThat(Files.exists(dir.resolve("data.txt")) || Files.isDirectory(dir.resolve("data")))
          .as(dir + " has no data")
          .isTrue();
      assertThat(dir.resolve("expected.xhtml")).as(dir + " has no expected.xhtml").exists();
    }
  }

  private static void check(Path dir) throws Exception {
    Path data =
        Files.exists(dir.resolve("data.txt"))
            ? Path.of(Files.readString(dir.resolve("data.txt")).strip())
            : dir.resolve("data");
    String actual = render(data);
    Path expected = dir.resolve("expected.xhtml");
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  /** The catalogue model's variables through the real templates (the model is package-private). */
  @SuppressWarnings("unchecked")
  private static String render(Path data) throws Exception {
    var registry = RegistryReader.read(data).registry().orElseThrow();
    Class<?> modeller = Class.forName("dk.skoletjenesten.katalog.catalogue.CatalogueModeller");
    var ctor = modeller.getDeclaredConstructor(Registry.class);
    ctor.setAccessible(true);
    Method model = modeller.getDeclaredMethod("model");
    model.setAccessible(true);
    Object m = model.invoke(ctor.newInstance(registry));
    Method variables = m.getClass().getDeclaredMethod("variables");
    variables.setAccessible(true);
    return new TemplateRenderer(Path.of("layouts"))
        .render("catalogue/catalogue", (Map<String, Object>) variables.invoke(m));
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }
}
