package dk.skoletjenesten.katalog.draw;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.testing.BlankPdfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SpineTitleTest {
  /** A 9 mm spine between two A4 panels, 3 mm bleed: its centre from the page's corner. */
  private static final SpineTitle TITLE =
      new SpineTitle("310 steder   2018/19", 9, 3 + 210 + 9 / 2.0, 3 + 297 / 2.0);

  @Test
  void titleReadsTopToBottomCentredOnTheSpine() throws IOException {
    byte[] pdf = TITLE.drawOn(blankSpread(), Path.of("fonts"));

    List<TextPosition> glyphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
              text.append(string);
              glyphs.addAll(positions);
            }
          };
      stripper.getText(document);
    }
    assertThat(text.toString().replaceAll("\\s+", " ")).isEqualTo("310 steder 2018/19");
    assertThat(glyphs).allSatisfy(g -> assertThat(g.getDir()).isEqualTo(270f));
    float spineLeft = Units.mmToPt(3 + 210);
    float spineRight = Units.mmToPt(3 + 210 + 9);
    float middleY = Units.mmToPt(3 + 297 / 2.0);
    assertThat(glyphs).allSatisfy(g -> assertThat(g.getX()).isBetween(spineLeft, spineRight));
    float top = glyphs.get(0).getPageHeight() - glyphs.get(0).getY();
    float bottom =
        glyphs.get(glyphs.size() - 1).getPageHeight() - glyphs.get(glyphs.size() - 1).getY();
    assertThat(top).as("first glyph above the last: read from top to bottom").isGreaterThan(bottom);
    assertThat((top + bottom) / 2).isCloseTo(middleY, Offset.offset(3f));
  }

  private static byte[] blankSpread() {
    return BlankPdfs.blankPages(2 * 210 + 9 + 6, 303, 1);
  }
}
