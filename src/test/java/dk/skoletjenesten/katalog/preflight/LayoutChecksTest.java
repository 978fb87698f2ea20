package dk.skoletjenesten.katalog.preflight;

import static dk.skoletjenesten.katalog.preflight.TestPdf.ANY_A4;
import static dk.skoletjenesten.katalog.preflight.TestPdf.show;
import static dk.skoletjenesten.katalog.preflight.TestPdf.x;
import static dk.skoletjenesten.katalog.preflight.TestPdf.y;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.preflight.PreflightProfile.Layout;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The layout checks against tiny PDFs with and without the defect: clipped, unprinted and
 * overlapping text (any PDF), and, with a {@link Layout}, text outside the live area, empty pages,
 * repeated and stranded headings and index lines holding only a number.
 */
class LayoutChecksTest {
  /** A4 text pages: 10 mm top and bottom, 20 mm inner, 15 mm outer. */
  private static final PreflightProfile TEXT_PAGES =
      ANY_A4.toBuilder().layout(Layout.textPages(10, 10, 20, 15)).build();

  /** A page a fifth covered by a light grey panel: filled, so only the defect shows. */
  private static TestPdf filled() throws IOException {
    TestPdf pdf = TestPdf.clean();
    pdf.box(0, 25, 150, 160, 80, 0, 0, 0, 0.1f);
    return pdf;
  }

  private static PDType0Font black(TestPdf pdf) throws IOException {
    return PDType0Font.load(pdf.document, Path.of("fonts/Lato-Black.ttf").toFile());
  }

  private static void clipped(TestPdf pdf, double clipRightMm) throws IOException {
    try (PDPageContentStream out = pdf.content(0)) {
      out.saveGraphicsState();
      out.addRect(x(20), y(120), Units.mmToPt(clipRightMm - 20), Units.mmToPt(20));
      out.clip();
      out.setNonStrokingColor(0f, 0f, 0f, 1f);
      show(out, pdf.font, "Afskåret tekst", 22, 110, 11);
      out.restoreGraphicsState();
    }
  }

  @Test
  void textCutByItsClipIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      clipped(pdf, 40);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: clip: text \"Afskåret tekst\" is cut by a clipping path"
                  + " at 39.5, 107.3 mm");
    }
  }

  @Test
  void textWithinItsClipIsNotCut() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      clipped(pdf, 100);
      assertThat(pdf.check(ANY_A4)).isEmpty();
    }
  }

  @Test
  void textWhollyOutsideEveryClipDoesNotPrint() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      try (PDPageContentStream out = pdf.content(0)) {
        out.addRect(x(20), y(50), Units.mmToPt(20), Units.mmToPt(10));
        out.clip();
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        show(out, pdf.font, "Usynlig", 100, 200, 11);
      }
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: print: text \"Usynlig\" at 100.3, 197.2 mm is outside"
                  + " every clipping path and does not print");
    }
  }

  @Test
  void whiteTextOnThePaperDoesNotPrint() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.text(0, "Hvid tekst", 20, 60, 0, 0, 0, 0);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: print: text \"Hvid tekst\" at 20.4, 57.2 mm is"
                  + " cmyk(0, 0, 0, 0) on the paper and does not print");
    }
  }

  @Test
  void textInTheColourOfItsFillDoesNotShowButWhiteOnColourDoes() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.box(0, 15, 50, 100, 20, 0.9f, 0.4f, 0, 0);
      pdf.text(0, "Blå på blå", 20, 60, 0.9f, 0.4f, 0, 0);
      pdf.text(0, "Hvid på blå", 60, 60, 0, 0, 0, 0);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: print: text \"Blå på blå\" at 20.4, 57.2 mm is"
                  + " cmyk(0.9, 0.4, 0, 0) on a fill of the same colour and does not show");
    }
  }

  @Test
  void wordsPrintedOverWordsAreAnErrorWordsSideBySideAreNot() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.text(0, "Kulturhistorisk", 20, 80, 0, 0, 0, 1);
      pdf.text(0, "Museum", 40, 80, 0, 0, 0, 1);
      pdf.text(0, "Side om side", 20, 100, 0, 0, 0, 1);
      pdf.text(0, "ved siden af", 50, 100, 0, 0, 0, 1);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: overlap: text \"Kulturhistorisk\" overlaps \"Museum\""
                  + " at 40.4, 77.8 mm");
    }
  }

  @Test
  void textInTheMarginIsAWarningOnlyWithALayout() throws IOException {
    try (TestPdf pdf = filled()) {
      pdf.text(0, "I margenen", 8, 200, 0, 0, 0, 1);
      assertThat(pdf.check(ANY_A4)).isEmpty();
      assertThat(pdf.check(TEXT_PAGES))
          .containsExactly(
              "test.pdf: page 1: warning: live-area: text \"I margenen\" at 8.4, 197.2 mm is"
                  + " 11.6 mm into the left margin (20.0 mm)");
    }
  }

  @Test
  void theLiveAreaIsMirroredOnLeftHandPages() throws IOException {
    try (TestPdf pdf = TestPdf.clean(2)) {
      pdf.box(0, 25, 150, 160, 80, 0, 0, 0, 0.1f);
      pdf.box(1, 25, 150, 160, 80, 0, 0, 0, 0.1f);
      pdf.text(0, "Ude", 16, 200, 0, 0, 0, 1);
      pdf.text(1, "Inde", 16, 200, 0, 0, 0, 1);
      assertThat(pdf.check(TEXT_PAGES))
          .containsExactly(
              "test.pdf: page 1: warning: live-area: text \"Ude\" at 16.3, 197.1 mm is 3.7 mm"
                  + " into the left margin (20.0 mm)");
    }
  }

  @Test
  void aNearlyEmptyTextPageIsAWarningARuledNotesPageIsNot() throws IOException {
    try (TestPdf pdf = TestPdf.clean(2)) {
      try (PDPageContentStream out = pdf.content(1)) {
        out.setStrokingColor(0f, 0f, 0f, 0.4f);
        out.setLineWidth(0.3f);
        for (int i = 0; i < 20; i++) {
          out.moveTo(x(20), y(50 + 10 * i));
          out.lineTo(x(190), y(50 + 10 * i));
        }
        out.stroke();
      }
      assertThat(pdf.check(TEXT_PAGES))
          .containsExactly(
              "test.pdf: page 1: warning: fill: the page is 0 % filled, expected at least 5 %"
                  + " of its live area in text, pictures or colour, or a notes page's ruling");
    }
  }

  @Test
  void aHeadingPrintedTwiceOnAPageIsAWarning() throws IOException {
    try (TestPdf pdf = filled()) {
      PDType0Font black = black(pdf);
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        show(out, black, "Forord", 25, 50, 20);
        show(out, black, "Forord", 25, 70, 20);
        show(out, black, "Indhold", 25, 90, 20);
        show(out, pdf.font, "Tekst under overskriften i brødtekst.", 25, 100, 11);
      }
      assertThat(pdf.check(TEXT_PAGES))
          .containsExactly(
              "test.pdf: page 1: warning: heading: heading \"Forord\" is printed 2 times on the"
                  + " page, again at 25.5, 64.7 mm");
    }
  }

  @Test
  void twoHeadingsThatShareTheirFirstLineAreNotARepeat() throws IOException {
    try (TestPdf pdf = filled()) {
      PDType0Font black = black(pdf);
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        show(out, black, "Kunstmuseet i", 25, 50, 14);
        show(out, black, "Tønder", 25, 56, 14);
        show(out, pdf.font, "Tekst om museet i brødtekst.", 25, 64, 11);
        show(out, black, "Kunstmuseet i", 25, 90, 14);
        show(out, black, "Ribe", 25, 96, 14);
        show(out, pdf.font, "Tekst om det andet museum.", 25, 104, 11);
      }
      assertThat(pdf.check(TEXT_PAGES)).isEmpty();
    }
  }

  @Test
  void aHeadingAsTheLastLineOfItsColumnIsAWarning() throws IOException {
    try (TestPdf pdf = TestPdf.clean(2)) {
      PDType0Font black = black(pdf);
      for (int page = 0; page < 2; page++) {
        pdf.box(page, 25, 40, 160, 80, 0, 0, 0, 0.1f);
        try (PDPageContentStream out = pdf.content(page)) {
          out.setNonStrokingColor(0f, 0f, 0f, 1f);
          show(out, pdf.font, "Brødtekst i spalten.", 25, 200, 11);
          show(out, black, "Sidste emne", 25, 260, 16);
          if (page == 0) {
            show(out, pdf.font, "Og dens tekst.", 25, 268, 11);
          }
        }
      }
      assertThat(pdf.check(TEXT_PAGES))
          .containsExactly(
              "test.pdf: page 2: warning: keep: heading \"Sidste emne\" at 25.1, 255.8 mm is"
                  + " the last line of its column; its text follows on the next page");
    }
  }

  @Test
  void aHeadingEndingAColourPageIsItsDesign() throws IOException {
    try (TestPdf pdf = TestPdf.clean(2)) {
      PDType0Font black = black(pdf);
      pdf.box(0, 25, 40, 160, 80, 0, 0, 0, 0.1f);
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        show(out, pdf.font, "Brødtekst på titelsiden.", 25, 200, 11);
      }
      // the second page: the first is a cover and never checked
      pdf.box(1, -3, -3, 216, 303, 0.58f, 0.82f, 0, 0);
      pdf.box(1, 25, 40, 160, 80, 0, 0, 0, 0.1f);
      try (PDPageContentStream out = pdf.content(1)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        show(out, pdf.font, "Brødtekst i spalten.", 25, 200, 11);
        show(out, black, "Sidste emne", 25, 260, 16);
      }
      assertThat(pdf.check(TEXT_PAGES)).isEmpty();
    }
  }

  @Test
  void anIndexLineHoldingOnlyANumberIsAWarning() throws IOException {
    try (TestPdf pdf = filled()) {
      try (PDPageContentStream out = pdf.content(0)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        show(out, pdf.font, "Aarhus Kunstmuseum 12", 25, 50, 9);
        show(out, pdf.font, "Billund Legeland 14", 25, 55, 9);
        show(out, pdf.font, "Dragør Søfartsmuseum", 25, 60, 9);
        show(out, pdf.font, "32", 25, 65, 9);
        show(out, pdf.font, "Esbjerg Havn 40", 25, 70, 9);
        show(out, pdf.font, "1", 25, 80, 9);
        show(out, pdf.font, "Kunst og design", 40, 80, 9);
      }
      assertThat(pdf.check(TEXT_PAGES))
          .containsExactly(
              "test.pdf: page 1: warning: index: line \"32\" at 25.2, 62.6 mm holds only a"
                  + " number; it belongs at the end of the entry above");
    }
  }
}
