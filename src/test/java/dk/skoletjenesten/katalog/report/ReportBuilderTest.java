package dk.skoletjenesten.katalog.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

  @Test
  void aReportWithOnlyAForewordStillMakesACompleteBooklet() throws IOException {
    Registry registry =
        RegistryReader.read(Path.of("src/test/resources/registry/valid-csv"))
            .registry()
            .orElseThrow();
    Diagnostics diagnostics = new Diagnostics();

    Report report =
        new ReportBuilder(Path.of("layouts"), Path.of("fonts"))
            .build(registry, registry.findAnnualReport().orElseThrow(), diagnostics)
            .orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(report.pageCount() % 4).isZero();
    assertThat(report.copies()).isEqualTo(ReportModeller.DEFAULT_COPIES);
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
