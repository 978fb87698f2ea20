package dk.skoletjenesten.katalog.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.pipeline.BuildResult;
import dk.skoletjenesten.katalog.pipeline.Pipeline;
import dk.skoletjenesten.katalog.pipeline.Publications;
import dk.skoletjenesten.katalog.pipeline.Selector;
import dk.skoletjenesten.katalog.registry.Registry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery of files as the real publishers make them (a quick build: one insert, one sticker).
 */
class RealBundleFilesTest {

  @Test
  void factsAndDistributionAgreeWithWhatThePublishersMade(@TempDir Path tmp) {
    BuildResult result =
        new Pipeline(
                Publications.all(SampleBundle.LAYOUTS, SampleBundle.FONTS),
                false,
                List.of(Selector.parse("sticker:860")))
            .build(Path.of("sample-data"), tmp.resolve("out"));
    assertThat(result.published()).as(result.diagnostics().toString()).isTrue();
    List<BundleFile> files = result.files();
    Registry registry = SampleBundle.registry();

    assertThat(files)
        .extracting(BundleFile::path)
        .containsExactlyInAnyOrder(
            "stickers/860-hjoerring.pdf", "stickers/860-hjoerring-sheet.pdf");
    BundleFile sheet = file(files, "stickers/860-hjoerring-sheet.pdf");
    PrintFacts sticker = PrintFacts.of(file(files, "stickers/860-hjoerring.pdf"), registry);
    assertThat(sheet.title()).endsWith(", " + sticker.finishing().perSheet() + " pr. ark");
    assertThat(sticker.finishing().sheets()).isEqualTo(sheet.copies());
    assertThat(sticker.copies()).isEqualTo(1100);
    assertThat(Distribution.of(registry, files).disagreements(files)).isEmpty();
  }

  private static BundleFile file(List<BundleFile> files, String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }
}
