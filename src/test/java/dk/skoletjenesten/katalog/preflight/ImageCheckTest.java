package dk.skoletjenesten.katalog.preflight;

import static dk.skoletjenesten.katalog.preflight.TestPdf.ANY_A4;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.junit.jupiter.api.Test;

class ImageCheckTest {

  @Test
  void imageAt120PpiIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      // 400 px across 240 pt (3.33 in) = 120 ppi
      pdf.image(0, pdf.flatImage(400, 300, PDDeviceCMYK.INSTANCE, 0, 50, 100, 0), 20, 60, 240, 180);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: image: 120 ppi"
                  + " (400 x 300 px at 84.7 x 63.5 mm), expected at least 150 ppi");
    }
  }

  @Test
  void imageAt180PpiIsAWarning() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.image(0, pdf.flatImage(600, 450, PDDeviceCMYK.INSTANCE, 0, 50, 100, 0), 20, 60, 240, 180);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: warning: image: 180 ppi"
                  + " (600 x 450 px at 84.7 x 63.5 mm), recommended at least 200 ppi");
    }
  }

  @Test
  void imageAt300PpiPasses() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.image(
          0, pdf.flatImage(1000, 750, PDDeviceCMYK.INSTANCE, 0, 50, 100, 0), 20, 60, 240, 180);
      assertThat(pdf.check(ANY_A4)).isEmpty();
    }
  }

  @Test
  void resolutionIsTheLowerOfBothDirections() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      // 300 ppi across, 100 ppi down: stretched vertically
      pdf.image(
          0, pdf.flatImage(1000, 250, PDDeviceCMYK.INSTANCE, 0, 50, 100, 0), 20, 60, 240, 180);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: image: 100 ppi"
                  + " (1000 x 250 px at 84.7 x 63.5 mm), expected at least 150 ppi");
    }
  }
}
