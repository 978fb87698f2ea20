package dk.skoletjenesten.katalog.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class ClippedGlyphsTest {
  @Test
  void textRunningPastItsClipIsReportedTextInsideIsNot() throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A5);
      pdf.addPage(page);
      PDFont font = PDType0Font.load(pdf, Path.of("fonts/Lato-Regular.ttf").toFile());
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        out.saveGraphicsState();
        out.addRect(50, 50, 200, 400);
        out.clip();
        text(out, font, 60, 300, "inside");
        // "centrum," at 10 pt is about 37 pt wide: from x 225, "m," lies past the clip at x 250
        text(out, font, 225, 200, "centrum,");
        out.restoreGraphicsState();
        text(out, font, 300, 100, "unclipped");
      }
      assertThat(ClippedGlyphs.find(saved(pdf)))
          .singleElement()
          .asString()
          .startsWith("page 1: \"")
          .contains("m,\" reaches")
          .doesNotContain("centr")
          .endsWith("pt outside its clip");
    }
  }

  @Test
  void textBelowAClipThatWasRestoredIsNotReported() throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A5);
      pdf.addPage(page);
      PDFont font = PDType0Font.load(pdf, Path.of("fonts/Lato-Regular.ttf").toFile());
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        out.saveGraphicsState();
        out.addRect(50, 50, 20, 20);
        out.clip();
        out.restoreGraphicsState();
        text(out, font, 100, 300, "free text");
      }
      assertThat(ClippedGlyphs.find(saved(pdf))).isEmpty();
    }
  }

  /** The document as a reader sees it: saved, so the font subset and its ToUnicode map exist. */
  private static PDDocument saved(PDDocument pdf) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pdf.save(bytes);
    return Loader.loadPDF(bytes.toByteArray());
  }

  private static void text(PDPageContentStream out, PDFont font, float x, float y, String text)
      throws IOException {
    out.beginText();
    out.setFont(font, 10);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
