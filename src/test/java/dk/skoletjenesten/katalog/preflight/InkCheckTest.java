package dk.skoletjenesten.katalog.preflight;

import static dk.skoletjenesten.katalog.preflight.TestPdf.ANY_A4;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.print.OutputCondition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.junit.jupiter.api.Test;

class InkCheckTest {
  static final PreflightProfile FOGRA51 =
      ANY_A4.toBuilder().anyPdf().condition(OutputCondition.FOGRA51).build();

  @Test
  void fourColourBlackAreaIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.box(0, 40, 100, 50, 30, 1, 1, 1, 1);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: ink: total area"
                  + " coverage 400% at 41 x 101 mm from the top left of the trim, expected at most 330%"
                  + " (FOGRA39)");
    }
  }

  @Test
  void richBlackWithinTheLimitPasses() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.box(0, 40, 100, 50, 30, 0.6f, 0.5f, 0.4f, 1f); // 250%
      assertThat(pdf.check(ANY_A4)).isEmpty();
      assertThat(report(pdf, ANY_A4).maxInkPercent()).isBetween(249.0, 251.0);
    }
  }

  @Test
  void limitFollowsThePrintingCondition() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.box(0, 40, 100, 50, 30, 0.8f, 0.7f, 0.7f, 1f); // 320%
      assertThat(pdf.check(ANY_A4)).isEmpty();
      assertThat(pdf.check(FOGRA51))
          .containsExactly(
              "test.pdf: page 1: error: ink: total area"
                  + " coverage 320% at 41 x 101 mm from the top left of the trim, expected at most 300%"
                  + " (FOGRA51)");
    }
  }

  @Test
  void laterObjectsKnockOutWhatLiesBeneath() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.box(0, 40, 100, 50, 30, 1, 1, 1, 1);
      pdf.box(0, 30, 90, 70, 50, 0, 0, 0, 1);
      assertThat(pdf.check(ANY_A4)).isEmpty();
    }
  }

  @Test
  void cmykImageSamplesAreMeasured() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.image(
          0, pdf.flatImage(900, 600, PDDeviceCMYK.INSTANCE, 255, 255, 255, 255), 40, 100, 216, 144);
      assertThat(pdf.check(ANY_A4))
          .singleElement()
          .asString()
          .startsWith("test.pdf: page 1: error: ink: total area coverage 400% at ");
    }
  }

  @Test
  void spotColoursCountThroughTheirAlternate() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(
            new PDColor(new float[] {1f}, TestPdf.spot("Deep Black", 1, 1, 1, 1)));
        out.addRect(TestPdf.x(40), TestPdf.y(130), 150, 90);
        out.fill();
      }
      PreflightReport report =
          report(pdf, ANY_A4.toBuilder().allowedSpotColours(Set.of("Deep Black")).build());
      assertThat(report.maxInkPercent()).isEqualTo(400.0);
      assertThat(report.passed()).isFalse();
    }
  }

  @Test
  void areaOutsideTheBleedIsNotMeasured() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.page(0).setMediaBox(grown(pdf));
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(new PDColor(new float[] {1, 1, 1, 1}, PDDeviceCMYK.INSTANCE));
        out.addRect(-30, -30, 25, 25);
        out.fill();
      }
      assertThat(pdf.check(ANY_A4)).isEmpty();
    }
  }

  private static PDRectangle grown(TestPdf pdf) {
    var media = pdf.page(0).getMediaBox();
    return new PDRectangle(-40, -40, media.getWidth() + 80, media.getHeight() + 80);
  }

  private static PreflightReport report(TestPdf pdf, PreflightProfile profile) throws IOException {
    return new Preflight().inspect("test.pdf", new ByteArrayInputStream(pdf.bytes()), profile);
  }
}
