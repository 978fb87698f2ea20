package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import dk.skoletjenesten.katalog.testing.GoldenFiles;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files (see {@link GoldenFiles}) for the catalogue's main template: every case in {@code
 * src/test/resources/template/golden/catalogue/} holds its data and {@code expected.xhtml}.
 */
class CatalogueXhtmlGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/template/golden/catalogue");
  private static final String EXPECTED = "expected.xhtml";

  @TestFactory
  Stream<DynamicTest> catalogueXhtmlMatchesTheGoldenFile() {
    return GoldenFiles.cases(GOLDEN).stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void everyGoldenCaseIsPaired() {
    assertThat(GoldenFiles.unpaired(GOLDEN, Set.of(EXPECTED))).isEmpty();
  }

  private static void check(Path dir) throws Exception {
    Registry registry = RegistryReader.read(GoldenFiles.data(dir)).registry().orElseThrow();
    String xhtml =
        new TemplateRenderer(Path.of("layouts"))
            .render(
                CatalogueBuilder.LAYOUT + "/catalogue",
                new CatalogueModeller(registry, new IndexFonts(Path.of("fonts")))
                    .model()
                    .variables());
    GoldenFiles.assertMatches(dir.resolve(EXPECTED), xhtml);
  }
}
