package dk.skoletjenesten.katalog.preflight;

import static dk.skoletjenesten.katalog.preflight.TestPdf.ANY_A4;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;

class ColourCheckTest {
  static final PreflightProfile X1A = ANY_A4.withStandard(
      PreflightProfile.Standard.PDF_X_1A, PreflightProfile.Condition.FOGRA39);

  @Test
  void rgbTextIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(1f, 0f, 0f);
        TestPdf.show(out, pdf.font, "Rød", 20, 50, 11);
      }
      assertThat(pdf.check(ANY_A4)).containsExactly(
          "test.pdf: page 1: error: colour: DeviceRGB text in page content");
    }
  }

  @Test
  void rgbFillAndStrokeAreErrors() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(0f, 0.5f, 1f);
        out.setStrokingColor(0f, 0.5f, 1f);
        out.addRect(100, 100, 50, 50);
        out.fillAndStroke();
      }
      assertThat(pdf.check(ANY_A4)).containsExactly(
          "test.pdf: page 1: error: colour: DeviceRGB fill in page content",
          "test.pdf: page 1: error: colour: DeviceRGB stroke in page content");
    }
  }

  @Test
  void rgbImageIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      BufferedImage rgb = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
      pdf.image(0, LosslessFactory.createFromImage(pdf.document, rgb), 20, 60, 72, 72);
      assertThat(pdf.check(ANY_A4)).containsExactly(
          "test.pdf: page 1: error: colour: DeviceRGB image in page content");
    }
  }

  @Test
  void spotColourOutsideTheAllowedListIsAWarningAndListed() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      fillSpot(pdf, "PANTONE 185 C");
      fillSpot(pdf, "CutContour");
      byte[] bytes = pdf.bytes();
      PreflightProfile stickers = ANY_A4.withAllowedSpotColours(Set.of("All", "CutContour"));
      assertThat(TestPdf.check(bytes, stickers)).containsExactly("test.pdf: page 1: warning:"
          + " colour: spot colour \"PANTONE 185 C\" is not in the allowed list (All, CutContour)");
      PreflightReport report = new Preflight().inspect("test.pdf",
          new ByteArrayInputStream(bytes), stickers);
      assertThat(report.spotColours()).containsExactly("CutContour", "PANTONE 185 C");
    }
  }

  @Test
  void pdfx1aRefusesTransparency() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      try (PDPageContentStream out = pdf.content(0)) {
        PDExtendedGraphicsState half = new PDExtendedGraphicsState();
        half.setNonStrokingAlphaConstant(0.5f);
        out.setGraphicsStateParameters(half);
        out.setNonStrokingColor(0.5f, 0f, 0f, 0f);
        out.addRect(100, 100, 50, 50);
        out.fill();
      }
      assertThat(pdf.check(X1A)).contains("test.pdf: page 1: error: colour: transparency"
          + " (opacity 0.50) in page content, not allowed in PDF/X-1a");
      assertThat(pdf.check(ANY_A4)).isEmpty();
    }
  }

  private static void fillSpot(TestPdf pdf, String name) throws IOException {
    try (PDPageContentStream out = pdf.content(0)) {
      out.setNonStrokingColor(new PDColor(new float[] {1f}, TestPdf.spot(name, 0, 1, 1, 0)));
      out.addRect(100, 300, 50, 50);
      out.fill();
    }
  }
}
