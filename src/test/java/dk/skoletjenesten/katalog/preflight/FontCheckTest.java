package dk.skoletjenesten.katalog.preflight;

import static dk.skoletjenesten.katalog.preflight.TestPdf.ANY_A4;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.testing.BlankPdfs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

class FontCheckTest {

  @Test
  void standard14HelveticaIsNotEmbedded() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        TestPdf.show(out, new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Hej", 20, 50, 11);
      }
      assertThat(pdf.check(ANY_A4))
          .containsExactly("test.pdf: page 1: error: font: Helvetica is not embedded");
    }
  }

  @Test
  void fontUsedInsideAFormXObjectIsChecked() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      PDFormXObject form = new PDFormXObject(pdf.document);
      form.setBBox(pdf.page(0).getMediaBox());
      form.setResources(new PDResources());
      try (PDFormContentStream out = new PDFormContentStream(form)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 11);
        out.newLineAtOffset(100, 400);
        out.showText("Chart");
        out.endText();
      }
      try (PDPageContentStream out = pdf.content(0)) {
        out.drawForm(form);
      }
      assertThat(pdf.check(ANY_A4))
          .containsExactly("test.pdf: page 1: error: font: Times-Roman is not embedded");
    }
  }

  @Test
  void textMappedToNotdefInTheEmbeddedSubsetIsNamed() throws IOException {
    assertThat(withBrokenGlyph(false))
        .containsExactly(
            "test.pdf: page 1: error: glyph: no glyph for \"ø\" in embedded font FONT");
  }

  @Test
  void textWhoseSubsetGlyphIsEmptyIsNamed() throws IOException {
    assertThat(withBrokenGlyph(true))
        .containsExactly(
            "test.pdf: page 1: error: glyph: no glyph for \"ø\" in embedded font FONT");
  }

  /**
   * Shows "Hej ø" and then breaks the subset: "ø" goes to glyph 0 (.notdef) or to the empty glyph
   * of the space. The font's subset name is replaced by FONT in the result.
   */
  private static List<String> withBrokenGlyph(boolean empty) throws IOException {
    byte[] bytes;
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.text(0, "Hej ø", 20, 50, 0, 0, 0, 1);
      bytes = pdf.bytes();
    }
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDResources resources = document.getPage(0).getResources();
      PDType0Font font =
          (PDType0Font) resources.getFont(resources.getFontNames().iterator().next());
      COSStream map =
          (COSStream)
              font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP);
      byte[] gids;
      try (InputStream in = map.createInputStream()) {
        gids = in.readAllBytes();
      }
      int broken = 2 * cid(font, "ø");
      int space = 2 * cid(font, " ");
      gids[broken] = empty ? gids[space] : 0;
      gids[broken + 1] = empty ? gids[space + 1] : 0;
      try (OutputStream out = map.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(gids);
      }
      return TestPdf.check(BlankPdfs.bytes(document), ANY_A4).stream()
          .map(line -> line.replace(font.getName(), "FONT"))
          .toList();
    }
  }

  private static int cid(PDType0Font font, String text) throws IOException {
    byte[] code = font.encode(text);
    return font.codeToCID((code[0] & 0xFF) << 8 | code[1] & 0xFF);
  }
}
