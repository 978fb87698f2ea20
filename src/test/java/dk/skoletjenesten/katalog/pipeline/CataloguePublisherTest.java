package dk.skoletjenesten.katalog.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CataloguePublisherTest {

  @Test
  void aSaddleStitchedCatalogueTooThickForStaplesIsWarnedAbout(@TempDir Path tmp)
      throws IOException {
    Path data = TestFolders.copy(Path.of("sample-data"), tmp.resolve("data"));
    Path edition = data.resolve("edition.json");
    Files.writeString(
        edition, Files.readString(edition).replace("\"perfect\"", "\"saddle-stitch\""));
    Registry registry = RegistryReader.read(data).registry().orElseThrow();
    Diagnostics diagnostics = new Diagnostics();

    var files =
        new CataloguePublisher(Path.of("layouts"), Path.of("fonts"))
            .publish(registry, municipality -> true, diagnostics);

    assertThat(files).extracting(f -> f.path()).containsExactly("catalogue.pdf");
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::toString)
        .containsExactly(
            edition
                + ": $.print.binding: warning: saddle-stitched catalogue of "
                + files.get(0).pages()
                + " pages; staples hold about 96 pages at most: consider \"binding\": \"perfect\"");
  }
}
