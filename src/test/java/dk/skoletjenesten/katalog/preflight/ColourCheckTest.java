package dk.skoletjenesten.katalog.preflight;

import static dk.skoletjenesten.katalog.preflight.TestPdf.ANY_A4;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;

class ColourCheckTest {
  static final PreflightProfile X1A =
      ANY_A4.toBuilder()
          .standard(PrintStandard.PDF_X_1A)
          .condition(OutputCondition.FOGRA39)
          .build();

  @Test
  void rgbTextIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(1f, 0f, 0f);
        TestPdf.show(out, pdf.font, "Rød", 20, 50, 11);
      }
      assertThat(pdf.check(ANY_A4))
          .containsExactly("test.pdf: page 1: error: colour: DeviceRGB text in page content");
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
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: colour: DeviceRGB fill in page content",
              "test.pdf: page 1: error: colour: DeviceRGB stroke in page content");
    }
  }

  @Test
  void rgbImageIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      BufferedImage rgb = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
      pdf.image(0, LosslessFactory.createFromImage(pdf.document, rgb), 20, 60, 72, 72);
      assertThat(pdf.check(ANY_A4))
          .containsExactly("test.pdf: page 1: error: colour: DeviceRGB image in page content");
    }
  }

  @Test
  void spotColourOutsideTheAllowedListIsAWarningAndListed() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      fillSpot(pdf, "PANTONE 185 C");
      fillSpot(pdf, "CutContour");
      byte[] bytes = pdf.bytes();
      PreflightProfile stickers =
          ANY_A4.toBuilder().allowedSpotColours(Set.of("All", "CutContour")).build();
      assertThat(TestPdf.check(bytes, stickers))
          .containsExactly(
              "test.pdf: page 1: warning:"
                  + " colour: spot colour \"PANTONE 185 C\" is not in the allowed list (All, CutContour)");
      PreflightReport report =
          new Preflight().inspect("test.pdf", new ByteArrayInputStream(bytes), stickers);
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
      assertThat(pdf.check(X1A))
          .contains(
              "test.pdf: page 1: error: colour: transparency"
                  + " (opacity 0.50) in page content, not allowed in PDF/X-1a");
      assertThat(pdf.check(ANY_A4)).isEmpty();
    }
  }

  @Test
  void rgbInlineImageIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      COSDictionary parameters = new COSDictionary();
      parameters.setInt(COSName.W, 2);
      parameters.setInt(COSName.H, 2);
      parameters.setInt(COSName.BPC, 8);
      parameters.setItem(COSName.CS, COSName.getPDFName("RGB"));
      PDInlineImage image = new PDInlineImage(parameters, new byte[12], null);
      try (PDPageContentStream out = pdf.content(0)) {
        out.drawImage(image, 100, 100, 20, 20);
      }
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: colour: DeviceRGB inline image in page content");
    }
  }

  @Test
  void rgbInAnAnnotationAppearanceIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      PDRectangle rectangle = new PDRectangle(100, 100, 50, 20);
      PDAppearanceStream appearance = new PDAppearanceStream(pdf.document);
      appearance.setBBox(new PDRectangle(50, 20));
      appearance.setResources(new PDResources());
      try (PDAppearanceContentStream out = new PDAppearanceContentStream(appearance)) {
        out.setNonStrokingColor(0f, 0f, 1f);
        out.addRect(0, 0, 50, 20);
        out.fill();
      }
      PDAppearanceDictionary appearances = new PDAppearanceDictionary();
      appearances.setNormalAppearance(appearance);
      PDAnnotationSquare square = new PDAnnotationSquare();
      square.setRectangle(rectangle);
      square.setAppearance(appearances);
      pdf.page(0).getAnnotations().add(square);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: colour: DeviceRGB fill in annotation appearance");
    }
  }

  @Test
  void iccBasedCmykIsFineForPdfx4AndAnErrorForPdfx1a() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      PDICCBased icc = iccCmyk(pdf);
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(new PDColor(new float[] {0.2f, 0.4f, 0f, 0f}, icc));
        out.addRect(100, 100, 50, 50);
        out.fill();
      }
      byte[] bytes = pdf.bytes();
      assertThat(TestPdf.check(bytes, ANY_A4)).isEmpty();
      assertThat(TestPdf.check(bytes, X1A))
          .contains(
              "test.pdf: page 1: error: colour:"
                  + " ICCBased CMYK fill in page content, not allowed in PDF/X-1a");
    }
  }

  private static PDICCBased iccCmyk(TestPdf pdf) throws IOException {
    try (InputStream profile =
        ColourCheckTest.class.getResourceAsStream(
            "/dk/skoletjenesten/katalog/finishing/ISOcoated_v2_300_bas.icc")) {
      PDStream stream = new PDStream(pdf.document, profile, COSName.FLATE_DECODE);
      stream.getCOSObject().setInt(COSName.N, 4);
      COSArray array = new COSArray();
      array.add(COSName.ICCBASED);
      array.add(stream);
      return PDICCBased.create(array, null);
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
