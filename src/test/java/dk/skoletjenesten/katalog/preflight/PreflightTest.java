package dk.skoletjenesten.katalog.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.finishing.FinishingSpec;
import dk.skoletjenesten.katalog.finishing.PdfFinisher;
import dk.skoletjenesten.katalog.finishing.RenderedPdf;
import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PageCountRule;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {
  static final FinishingSpec A4 =
      FinishingSpec.of(210, 297, "Skoletjenesten 2025/26", Instant.parse("2025-08-01T10:00:00Z"));
  static final PreflightProfile X4_A4 =
      PreflightProfile.builder().trim(210, 297).pageCount(PageCountRule.even()).build();

  static byte[] rendered;

  @BeforeAll
  static void render() {
    rendered = RenderedPdf.a4(2);
  }

  @Test
  void flyingSaucerPdfFinishedAsPdfx4PassesWithoutFindings(@TempDir Path dir) throws IOException {
    Path finished = dir.resolve("catalogue.pdf");
    Files.write(finished, new PdfFinisher().finish(rendered, A4));
    assertThat(new Preflight().check(finished, X4_A4)).isEmpty();
  }

  @Test
  void finishedWithCropMarksPassesAndListsTheRegistrationColour() throws IOException {
    byte[] finished = new PdfFinisher().finish(rendered, A4.toBuilder().cropMarks(true).build());
    PreflightReport report = inspect(finished, X4_A4);
    assertThat(report.diagnostics()).isEmpty();
    assertThat(report.spotColours()).containsExactly("All");
  }

  @Test
  void finishedAsPdfx1aPassesThePdfx1aProfile() throws IOException {
    byte[] finished =
        new PdfFinisher()
            .finish(
                rendered,
                A4.toBuilder().standard(PrintStandard.PDF_X_1A, OutputCondition.FOGRA39).build());
    assertThat(
            inspect(
                    finished,
                    X4_A4.toBuilder()
                        .standard(PrintStandard.PDF_X_1A)
                        .condition(OutputCondition.FOGRA39)
                        .build())
                .diagnostics())
        .isEmpty();
  }

  @Test
  void renderedButUnfinishedFileLacksBoxesAndPdfxKeys() {
    assertThat(inspect(rendered, X4_A4).diagnostics())
        .extracting(Diagnostic::toString)
        .contains(
            "test.pdf: page 1: error: boxes: TrimBox is missing, expected one on every page",
            "test.pdf: error: pdfx: no GTS_PDFX output intent, expected exactly one");
  }

  @Test
  void fileThatIsNotAPdfBecomesAnError(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("notes.pdf");
    Files.writeString(text, "just some notes");
    List<Diagnostic> diagnostics = new Preflight().check(text, X4_A4);
    assertThat(diagnostics)
        .singleElement()
        .asString()
        .startsWith(text + ": error: pdf: cannot be read as PDF: ");
    assertThat(new Preflight().check(dir.resolve("missing.pdf"), X4_A4))
        .extracting(Diagnostic::toString)
        .containsExactly(dir.resolve("missing.pdf") + ": error: pdf: cannot be read: no such file");
  }

  @Test
  void truncatedPdfNeverThrows() {
    byte[] truncated = Arrays.copyOf(rendered, rendered.length / 2);
    PreflightReport report = inspect(truncated, X4_A4);
    assertThat(report.passed()).isFalse();
  }

  @Test
  void reportSummarisesCountsThenDiagnostics() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.box(0, 40, 100, 50, 30, 1, 1, 1, 1);
      pdf.page(0).getCOSObject().removeItem(COSName.TRIM_BOX);
      PreflightReport report = inspect(pdf.bytes(), TestPdf.ANY_A4);
      assertThat(report.toText())
          .isEqualTo(
              """
          test.pdf: failed: 1 page, 2 errors, 0 warnings; spot colours: none; ink up to 400%
          test.pdf: page 1: error: boxes: TrimBox is missing, expected one on every page
          test.pdf: page 1: error: ink: total area coverage 400% at 44 x 104 mm from the top\
           left of the trim, expected at most 330% (FOGRA39)
          """);
      assertThat(PreflightReport.toText(List.of(report, report)))
          .endsWith("2 files checked, 2 failed: 4 errors, 0 warnings\n");
    }
  }

  @Test
  void reportIsReadyForJson() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.page(0).getCOSObject().removeItem(COSName.TRIM_BOX);
      PreflightReport report = inspect(pdf.bytes(), TestPdf.ANY_A4);
      JsonNode json =
          new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report.json()));
      assertThat(json.get("file").asText()).isEqualTo("test.pdf");
      assertThat(json.get("passed").asBoolean()).isFalse();
      assertThat(json.get("errors").asInt()).isEqualTo(1);
      JsonNode first = json.get("diagnostics").get(0);
      assertThat(first.get("severity").asText()).isEqualTo("error");
      assertThat(first.get("location").asText()).isEqualTo("page 1");
      assertThat(first.get("field").asText()).isEqualTo("boxes");
      assertThat(first.get("message").asText())
          .isEqualTo("TrimBox is missing, expected one on every page");
    }
  }

  private static PreflightReport inspect(byte[] pdf, PreflightProfile profile) {
    return new Preflight().inspect("test.pdf", new ByteArrayInputStream(pdf), profile);
  }
}
