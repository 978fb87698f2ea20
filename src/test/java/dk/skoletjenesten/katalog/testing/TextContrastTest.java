package dk.skoletjenesten.katalog.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class TextContrastTest {
  @Test
  void contrastIsOneForEqualColoursAndTwentyOneForBlackOnWhite() {
    double white = TextContrast.luminance(new float[] {0, 0, 0, 0});
    double black = TextContrast.luminance(new float[] {0, 0, 0, 1});

    assertThat(TextContrast.ratio(white, white)).isEqualTo(1.0);
    assertThat(TextContrast.ratio(black, white)).isCloseTo(21.0, within(0.01));
  }

  @Test
  void whiteTextOnPaperAndPaleTextAreReportedWhiteTextOnAColourFieldIsNot() throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A5);
      pdf.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        out.setNonStrokingColor(0.95f, 0.35f, 0.45f, 0.45f);
        out.addRect(20, 300, 300, 100);
        out.fill();
        text(out, font, new float[] {0, 0, 0, 0}, 30, 350, "On colour");
        text(out, font, new float[] {0, 0, 0, 0}, 30, 200, "Not printed");
        text(out, font, new float[] {0, 0, 0, 0.3f}, 30, 100, "Too pale");
        text(out, font, new float[] {0, 0, 0, 1}, 30, 50, "Black");
      }

      assertThat(TextContrast.weak(pdf))
          .containsExactly(
              "page 1: \"Not printed\" 1.0 : 1 at 9.0 pt",
              "page 1: \"Too pale\" 2.1 : 1 at 9.0 pt");
    }
  }

  private static void text(
      PDPageContentStream out, PDType1Font font, float[] cmyk, float x, float y, String text)
      throws IOException {
    out.setNonStrokingColor(cmyk[0], cmyk[1], cmyk[2], cmyk[3]);
    out.beginText();
    out.setFont(font, 9);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
