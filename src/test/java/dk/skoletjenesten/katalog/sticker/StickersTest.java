package dk.skoletjenesten.katalog.sticker;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StickersTest {
  private static final Stickers STICKERS = new Stickers(Path.of("fonts"));
  private static final String HJOERRING_URL = "https://www.skoletjenesten.dk/hjørring";

  private static StickerOrder circle(double diameter, String text, int copies) {
    return new StickerOrder(
        "orders/stickers/hjoerring.json",
        860,
        copies,
        text,
        HJOERRING_URL,
        StickerOrder.Shape.CIRCLE,
        diameter,
        diameter,
        diameter / 2,
        StickerOrder.Sheet.SRA3);
  }

  private static Stickers.Artwork artwork(StickerOrder order) {
    Diagnostics diagnostics = new Diagnostics();
    Stickers.Artwork artwork =
        STICKERS.artwork(order, "Hjørring Kommune", order.file(), diagnostics).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    return artwork;
  }

  @Test
  void trimBoxIsTheOrderedSizeAndTheBleedIsTwoMillimetres() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(artwork(circle(60, "Find alle tilbud i Hjørring Kommune", 1100)).pdf())) {
      PdfBoxChecks.assertTrimPlusBleed(pdf, 60, 60, 2);
      PDPage page = pdf.getPage(0);
      assertThat(page.getMediaBox().toString()).isEqualTo(page.getBleedBox().toString());
    }
  }

  @Test
  void dieLineIsAnOverprintingCutContourSeparationPath() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(artwork(circle(60, "Find alle tilbud i Hjørring Kommune", 1100)).pdf())) {
      PDResources resources = pdf.getPage(0).getResources();
      List<String> separations = new ArrayList<>();
      for (COSName name : resources.getColorSpaceNames()) {
        PDColorSpace space = resources.getColorSpace(name);
        if (space instanceof PDSeparation separation) {
          separations.add(
              separation.getColorantName() + "/" + separation.getAlternateColorSpace().getName());
        }
      }
      assertThat(separations).containsExactly("CutContour/DeviceCMYK");
      PDExtendedGraphicsState state =
          resources.getExtGState(resources.getExtGStateNames().iterator().next());
      assertThat(state.getStrokingOverprintControl()).isTrue();
      String content =
          new String(pdf.getPage(0).getContents().readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(content)
          .as("the die line is a closed path stroked last in CutContour, overprinting")
          .containsPattern("h\\s+/gs\\d+ gs\\s+/cs\\d+ CS\\s+1 SCN\\s+0\\.25 w\\s+S\\s*$");
    }
  }

  @Test
  void textAndAddressAreSetInEmbeddedFontsAndAQrCodeFitsASixtyMillimetreCircle()
      throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(artwork(circle(60, "Find alle tilbud i Hjørring Kommune", 1100)).pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").strip();
      assertThat(text).isEqualTo("Find alle tilbud i Hjørring Kommune skoletjenesten.dk/hjørring");
      for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
        PDFont font = pdf.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
    }
    StickerLayouter layouter = new StickerLayouter(new StickerFonts(Path.of("fonts")));
    Shape big = Shape.of(circle(60, "x", 1));
    Shape small = Shape.of(circle(40, "x", 1));
    assertThat(
            layouter
                .layout(big, "Find alle tilbud", "", HJOERRING_URL, "skoletjenesten.dk/hjørring")
                .orElseThrow()
                .qr()
                .codeMm())
        .isGreaterThanOrEqualTo(15);
    assertThat(
            layouter
                .layout(small, "Find alle tilbud", "", HJOERRING_URL, "skoletjenesten.dk/hjørring")
                .orElseThrow()
                .qr())
        .isNull();
  }

  @Test
  void everyLineStaysInsideTheSafeZoneOfTheCircle() {
    StickerFonts fonts = new StickerFonts(Path.of("fonts"));
    Shape shape = Shape.of(circle(50, "x", 1));
    StickerLayout layout =
        new StickerLayouter(fonts)
            .layout(
                shape,
                "Find alle tilbud i Hjørring Kommune",
                "Hjørring Kommune",
                HJOERRING_URL,
                "skoletjenesten.dk/hjørring")
            .orElseThrow();
    double inner = 25 - StickerLayouter.TYPE_INSET_MM;
    for (StickerLayout.TextLine line : layout.lines()) {
      double width = fonts.widthMm(line.text(), line.bold(), line.sizePt());
      double[] ink = fonts.inkMm(line.text(), line.bold(), line.sizePt());
      double far = Math.max(Math.abs(line.x()), Math.abs(line.x() + width));
      for (double y : new double[] {line.baselineY() + ink[0], line.baselineY() - ink[1]}) {
        assertThat(Math.hypot(far, y)).as(line.text()).isLessThanOrEqualTo(inner + 0.01);
      }
    }
  }

  @Test
  void tooLongTextIsRefusedWithItsMessage() {
    String text =
        "Find alle de mange spændende undervisningstilbud fra museer, naturcentre og teatre i hele kommunen";
    Diagnostics diagnostics = new Diagnostics();

    assertThat(
            STICKERS.artwork(
                circle(25, text, 100),
                "Hjørring Kommune",
                "orders/stickers/hjoerring.json",
                diagnostics))
        .isEmpty();

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "orders/stickers/hjoerring.json: $.text: error: \""
                + text
                + "\" and \"skoletjenesten.dk/hjørring\" do not fit on a "
                + "25 mm circle at 7 pt or larger inside the 4.5 mm type margin; shorten the text or order a larger sticker");
  }
}
