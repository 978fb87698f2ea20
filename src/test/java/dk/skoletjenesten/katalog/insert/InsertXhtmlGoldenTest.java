package dk.skoletjenesten.katalog.insert;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.registry.TrimSize;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import dk.skoletjenesten.katalog.testing.GoldenFiles;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files (see {@link GoldenFiles}) for the insert's main template: every case in {@code
 * src/test/resources/template/golden/insert/} holds data with one insert order and the XHTML of its
 * normal layout, {@code expected.xhtml}, and of its dense one, {@code expected-dense.xhtml}.
 */
class InsertXhtmlGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/template/golden/insert");
  private static final String NORMAL = "expected.xhtml";
  private static final String DENSE = "expected-dense.xhtml";

  @TestFactory
  Stream<DynamicTest> insertXhtmlMatchesTheGoldenFiles() {
    return GoldenFiles.cases(GOLDEN).stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void everyGoldenCaseIsPaired() {
    assertThat(GoldenFiles.unpaired(GOLDEN, Set.of(NORMAL, DENSE))).isEmpty();
  }

  private static void check(Path dir) throws Exception {
    Registry registry = RegistryReader.read(GoldenFiles.data(dir)).registry().orElseThrow();
    assertThat(registry.insertOrders()).as("insert orders in " + dir).hasSize(1);
    InsertOrder order = registry.insertOrders().get(0);
    TrimSize trim = order.trim() == null ? TrimSize.A5 : order.trim();
    InsertModel model =
        new InsertModeller(registry, order, InsertSelector.select(registry, order), trim).model();
    TemplateRenderer templates = new TemplateRenderer(Path.of("layouts"));
    String main = InsertBuilder.LAYOUT + "/insert";
    GoldenFiles.assertMatches(dir.resolve(NORMAL), templates.render(main, model.variables(false)));
    GoldenFiles.assertMatches(dir.resolve(DENSE), templates.render(main, model.variables(true)));
  }
}
