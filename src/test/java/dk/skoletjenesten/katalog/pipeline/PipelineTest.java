package dk.skoletjenesten.katalog.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
  private static final Path FIXTURE = Path.of("src/test/resources/catalogue/fixture");

  @Test
  void twoBuildsOfTheSameDataAreByteIdentical(@TempDir Path tmp) throws IOException {
    Pipeline pipeline = new Pipeline(List.of(new CataloguePublisher(Path.of("layouts"), Path.of("fonts"))));

    BuildResult first = pipeline.build(FIXTURE, tmp.resolve("first"));
    BuildResult second = pipeline.build(FIXTURE, tmp.resolve("second"));

    assertThat(first.published()).as("%s", first.diagnostics()).isTrue();
    assertThat(second.published()).isTrue();
    for (String file : List.of("catalogue.pdf", "catalogue-cover.pdf", "manifest.json", "preflight.json")) {
      assertThat(Files.readAllBytes(tmp.resolve("second").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(tmp.resolve("first").resolve(file)));
    }
  }
}
