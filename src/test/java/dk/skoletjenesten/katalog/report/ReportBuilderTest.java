package dk.skoletjenesten.katalog.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import dk.skoletjenesten.katalog.testing.PdfLayoutChecks;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {
  private static final Path FIXTURE = Path.of("src/test/resources/registry/valid-csv");

  private static Report build(Path data) {
    Registry registry = RegistryReader.read(data).registry().orElseThrow();
    Diagnostics diagnostics = new Diagnostics();
    Report report =
        new ReportBuilder(Path.of("layouts"), Path.of("fonts"))
            .build(registry, registry.findAnnualReport().orElseThrow(), diagnostics)
            .orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    return report;
  }

  @Test
  void anA5ReportMakesAnA5Booklet(@TempDir Path tmp) throws IOException {
    Path data = TestFolders.copy(FIXTURE, tmp.resolve("data"));
    Path report = data.resolve("annual-report/report.json");
    Files.writeString(
        report, Files.readString(report).replace("\"trim\": \"A4\"", "\"trim\": \"A5\""));

    Report booklet = build(data);

    assertThat(booklet.trimWidthMm()).isEqualTo(148);
    assertThat(booklet.pageCount() % 4).isZero();
    try (PDDocument pdf = Loader.loadPDF(booklet.pdf())) {
      PdfBoxChecks.assertRenderedTrimPlusBleed(pdf, 148, 210, 3);
      assertThat(PdfLayoutChecks.overlappingRuns(pdf)).isEmpty();
    }
  }

  @Test
  void aReportWithOnlyAForewordStillMakesACompleteBooklet() throws IOException {
    Report report = build(FIXTURE);

    assertThat(report.pageCount() % 4).isZero();
    assertThat(report.copies()).as("report.json's copies").isEqualTo(1000);
    assertThat(report.title()).isEqualTo("Årsberetning 2017-18");
    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(report.pageCount());
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Forord")
          .contains("218.291")
          .contains("Typer af eksterne læringsmiljøer")
          .contains("Jesper Christensen");
    }
  }
}
