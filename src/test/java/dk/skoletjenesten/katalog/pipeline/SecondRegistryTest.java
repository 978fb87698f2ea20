package dk.skoletjenesten.katalog.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.sampledata.RegistryVariant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry the layouts were not tuned on: 120 places from three sections, half of them with much
 * longer names, an insert and stickers for other municipalities. Its whole bundle, annual report
 * included, passes preflight with every layout check.
 */
class SecondRegistryTest {
  /** As {@link PipelineTest#KNOWN_LAYOUT_FINDINGS}, for this registry's bundle. */
  private static final List<String> KNOWN_LAYOUT_FINDINGS = List.of();

  @Test
  void aSecondRegistryWithOtherNamesAndSizesBuildsACleanBundle(@TempDir Path tmp)
      throws IOException {
    Path data = tmp.resolve("data");
    new RegistryVariant(9_2026L, 120, 3).generate(data);

    BuildResult result =
        new Pipeline(Publications.all(Path.of("layouts"), Path.of("fonts")))
            .build(data, tmp.resolve("out"));

    assertThat(
            result.diagnostics().stream()
                .filter(d -> d.isError() && !PipelineTest.layoutField(d))
                .map(Diagnostic::toString))
        .as("errors other than the layout checks'")
        .isEmpty();
    assertThat(PipelineTest.layoutFindings(result.diagnostics(), tmp.resolve("out")))
        .as("layout findings: %s", result.diagnostics())
        .containsExactlyElementsOf(KNOWN_LAYOUT_FINDINGS);
    assumeTrue(result.published(), "refused for the known layout errors");
    assertThat(result.files())
        .extracting(f -> f.product().key())
        .contains("catalogue", "insert", "sticker", "sticker-sheet", "annual-report");
  }
}
