package dk.skoletjenesten.katalog.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.format.Artwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {
  private static final PageBoxes A5 = new PageBoxes(148, 210, 3);

  @TempDir Path work;

  @Test
  void aMissingImageIsAnError() throws IOException {
    PdfRenderer renderer = renderer();
    String xhtml =
        page("<img src=\"" + PdfRenderer.source(Artwork.image("missing.png")) + "\" alt=\"\"/>");
    assertThatThrownBy(() -> renderer.render(PdfJob.of(xhtml, work.resolve("layouts"), A5)))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("missing.png");
  }

  @Test
  void aStylesheetOutsideTheAllowedFoldersIsRefused() throws IOException {
    PdfRenderer renderer = renderer();
    Files.writeString(work.resolve("elsewhere.css"), "p { color: red; }");
    String xhtml =
        page("")
            .replace(
                "<head>",
                "<head><link rel=\"stylesheet\" type=\"text/css\" href=\"../elsewhere.css\"/>");
    assertThatThrownBy(() -> renderer.render(PdfJob.of(xhtml, work.resolve("layouts"), A5)))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("outside the layout, font and data folders");
  }

  @Test
  void danishTextIsHyphenatedWithoutSoftHyphenCharacters() throws IOException {
    String words = "undervisningsforløb ".repeat(12);
    String xhtml = page("<p lang=\"da\" style=\"width: 60mm\">" + words + "</p>");
    RenderedPdf pdf = renderer().render(PdfJob.of(xhtml, work.resolve("layouts"), A5));
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).doesNotContain("\u00AD").contains("-");
    }
  }

  @Test
  void textAfterAQrCodeKeepsItsColour() throws IOException {
    String white = "style=\"color: cmyk(0,0,0,0); background-color: cmyk(1,0,0,0)\"";
    String xhtml =
        page(
            "<p "
                + white
                + ">Før</p><img src=\""
                + PdfRenderer.source(Artwork.qrCode("https://x.dk"))
                + "\" alt=\"\"/>"
                + "<p "
                + white
                + ">Efter</p>");
    RenderedPdf pdf = renderer().render(PdfJob.of(xhtml, work.resolve("layouts"), A5));
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      List<Object> tokens = new PDFStreamParser(doc.getPage(0)).parse();
      List<String> ops =
          tokens.stream()
              .filter(Operator.class::isInstance)
              .map(t -> ((Operator) t).getName())
              .toList();
      List<String> afterImage = ops.subList(ops.lastIndexOf("Do"), ops.size());
      assertThat(afterImage.indexOf("k"))
          .as("a fill colour before the text after the image: " + afterImage)
          .isBetween(
              0,
              afterImage.indexOf("Tj") < 0 ? afterImage.indexOf("TJ") : afterImage.indexOf("Tj"));
    }
  }

  private PdfRenderer renderer() throws IOException {
    Files.createDirectories(work.resolve("layouts"));
    Files.createDirectories(work.resolve("data/images"));
    return new PdfRenderer(work.resolve("layouts"), Path.of("fonts"), work.resolve("data"));
  }

  private static String page(String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"da\"><head><style type=\"text/css\">"
        + "@page { size: 154mm 216mm; margin: 20mm; } body { font-family: Lato; color: cmyk(0,0,0,1); }"
        + "</style></head><body lang=\"da\">"
        + body
        + "</body></html>";
  }
}
