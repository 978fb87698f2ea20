package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.preflight.Preflight;
import dk.skoletjenesten.katalog.preflight.PreflightProfile;
import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PageCountRule;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import dk.skoletjenesten.katalog.testing.PdfLayoutChecks;
import dk.skoletjenesten.katalog.testing.PdfLayoutChecks.LiveArea;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue on an A5, saddle-stitched edition: same rules, smaller type. */
class CatalogueSmallFormatTest {

  @Test
  void anA5SaddleStitchedCatalogueFitsItsPagesAndPassesPreflightChecks(@TempDir Path tmp)
      throws IOException {
    Path data = TestFolders.copy(CatalogueBuilderTest.FIXTURE, tmp.resolve("data"));
    Path edition = data.resolve("edition.json");
    Files.writeString(
        edition,
        Files.readString(edition)
            .replace("\"A4\"", "\"A5\"")
            .replace("\"perfect\"", "\"saddle-stitch\""));
    Registry registry = RegistryReader.read(data).registry().orElseThrow();

    Catalogue catalogue =
        new CatalogueBuilder(Path.of("layouts"), Path.of("fonts")).build(registry);

    // front matter, articles, the sections' opener spreads, entries and house-ad pages, indexes
    // and the back page, padded to a multiple of 4 by notes pages
    assertThat(catalogue.pageCount()).isEqualTo(44);
    assertThat(catalogue.coverPdf()).isEmpty();
    try (PDDocument pdf = Loader.loadPDF(catalogue.interiorPdf())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(catalogue.pageCount());
      PdfBoxChecks.assertRenderedTrimPlusBleed(pdf, 148, 210, 3);
      assertThat(PdfLayoutChecks.outsideLiveArea(pdf, LiveArea.catalogue(148, 210))).isEmpty();
      assertThat(PdfLayoutChecks.overlappingRuns(pdf)).isEmpty();
    }
    PreflightProfile profile =
        PreflightProfile.builder()
            .anyPdf()
            .condition(OutputCondition.FOGRA39)
            .trim(148, 210)
            .pageCount(PageCountRule.multipleOf(4))
            .build();
    assertThat(
            new Preflight()
                .check("catalogue.pdf", new ByteArrayInputStream(catalogue.interiorPdf()), profile))
        .filteredOn(Diagnostic::isError)
        .isEmpty();
  }
}
