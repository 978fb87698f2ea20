package dk.skoletjenesten.katalog.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.draw.ChartRenderer;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import dk.skoletjenesten.katalog.testing.GoldenFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files (see {@link GoldenFiles}) for the annual report's templates: every case in {@code
 * src/test/resources/template/golden/report/} holds data with an annual report, the XHTML of its
 * main document, {@code expected.xhtml}, and of its tail with two key-figure pages, {@code
 * expected-tail.xhtml}.
 */
class ReportXhtmlGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/template/golden/report");
  private static final String MAIN = "expected.xhtml";
  private static final String TAIL = "expected-tail.xhtml";

  @TestFactory
  Stream<DynamicTest> reportXhtmlMatchesTheGoldenFiles() {
    return GoldenFiles.cases(GOLDEN).stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void everyGoldenCaseIsPaired() {
    assertThat(GoldenFiles.unpaired(GOLDEN, Set.of(MAIN, TAIL))).isEmpty();
  }

  private static void check(Path dir) throws Exception {
    Registry registry = RegistryReader.read(GoldenFiles.data(dir)).registry().orElseThrow();
    ReportModel model =
        new ReportModeller(registry.edition(), registry.findAnnualReport().orElseThrow()).model();
    Diagnostics diagnostics = new Diagnostics();
    var sized =
        new ReportCharts(new ChartRenderer(Path.of("fonts")))
            .sized(model.charts(), "report.json", diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    Map<String, Object> vars = model.variables();
    vars.put("charts", ReportCharts.views(sized));
    TemplateRenderer templates = new TemplateRenderer(Path.of("layouts"));
    GoldenFiles.assertMatches(
        dir.resolve(MAIN), templates.render(ReportBuilder.LAYOUT + "/report", vars));
    vars.put("paddingPages", List.of(0, 1));
    GoldenFiles.assertMatches(
        dir.resolve(TAIL), templates.render(ReportBuilder.LAYOUT + "/tail", vars));
  }
}
