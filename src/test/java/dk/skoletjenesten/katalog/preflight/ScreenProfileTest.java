package dk.skoletjenesten.katalog.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.print.PrintStandard;
import dk.skoletjenesten.katalog.testing.BlankPdfs;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.api.Test;

/**
 * The screen profile, pinned by small PDFs: one a screen edition should be (two A5 pages, RGB text
 * in an embedded font, a bookmark, a link to page 2, an https: and a mailto: link, title, language,
 * DisplayDocTitle) and the same with one defect each.
 */
class ScreenProfileTest {
  private static final PreflightProfile SCREEN = PreflightProfile.screen(148, 210);

  @Test
  void aScreenEditionWithWorkingLinksBookmarksRgbAndEmbeddedFontsPasses() throws IOException {
    assertThat(check(pdf -> {})).isEmpty();
  }

  @Test
  void aLinkToAnHttpAddressIsAnError() throws IOException {
    assertThat(check(pdf -> pdf.links.add(uri("http://sted.dk"))))
        .containsExactly(
            "test.pdf: page 1: error: link: link to \"http://sted.dk\"; expected only https: and"
                + " mailto: addresses");
  }

  @Test
  void anInternalLinkToAPageOutsideTheDocumentIsAnError() throws IOException {
    assertThat(check(pdf -> pdf.links.add(goTo(new PDPage()))))
        .containsExactly(
            "test.pdf: page 1: error: link: link to a page outside the document lands on no page");
  }

  @Test
  void noBookmarksIsAnError() throws IOException {
    assertThat(check(pdf -> pdf.outline = false))
        .containsExactly(
            "test.pdf: error: screen: the document has no bookmarks; expected an outline");
  }

  @Test
  void aDeviceCmykColourLeftIsAnError() throws IOException {
    assertThat(check(pdf -> pdf.cmykText = true))
        .containsExactly(
            "test.pdf: page 1: error: colour: CMYK text in page content; a screen edition is RGB");
  }

  @Test
  void aFontThatIsNotEmbeddedIsAnError() throws IOException {
    assertThat(check(pdf -> pdf.embedded = false))
        .containsExactly(
            "test.pdf: page 1: error: font: Helvetica is not embedded",
            "test.pdf: page 2: error: font: Helvetica is not embedded");
  }

  @Test
  void pagesWithBleedOrWithoutTitleAndLanguageAreErrors() throws IOException {
    assertThat(
            check(
                pdf -> {
                  pdf.bleedMm = 3;
                  pdf.titled = false;
                }))
        .containsExactly(
            "test.pdf: error: screen: ViewerPreferences DisplayDocTitle is not set; expected true",
            "test.pdf: error: screen: the document has no /Lang; expected e.g. da-DK",
            "test.pdf: error: screen: the document has no title; expected the publication's",
            "test.pdf: page 1: error: screen: MediaBox is 154.0 x 216.0 mm, expected the trim 148.0"
                + " x 210.0 mm (no bleed or marks)",
            "test.pdf: page 2: error: screen: MediaBox is 154.0 x 216.0 mm, expected the trim 148.0"
                + " x 210.0 mm (no bleed or marks)");
  }

  @Test
  void aPrintFileWithALinkIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      PDAnnotationLink link = uri("https://skoletjenesten.dk");
      pdf.page(0).getAnnotations().add(link);

      assertThat(pdf.check(TestPdf.ANY_A4.toBuilder().standard(PrintStandard.PDF_X_4).build()))
          .contains("test.pdf: page 1: error: link: 1 link annotation; a print file has none");
      assertThat(pdf.check(TestPdf.ANY_A4)).isEmpty();
    }
  }

  private static List<String> check(Consumer<ScreenPdf> defect) throws IOException {
    ScreenPdf pdf = new ScreenPdf();
    defect.accept(pdf);
    return TestPdf.check(pdf.bytes(), SCREEN);
  }

  private static PDAnnotationLink uri(String address) {
    PDActionURI action = new PDActionURI();
    action.setURI(address);
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(50, 50, 100, 12));
    link.setAction(action);
    return link;
  }

  private static PDAnnotationLink goTo(PDPage target) {
    PDPageFitDestination destination = new PDPageFitDestination();
    destination.setPage(target);
    PDActionGoTo action = new PDActionGoTo();
    action.setDestination(destination);
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(50, 80, 100, 12));
    link.setAction(action);
    return link;
  }

  /** The parts of a small screen edition, each of which a test may break. */
  private static final class ScreenPdf {
    final List<PDAnnotation> links = new ArrayList<>();
    boolean outline = true;
    boolean cmykText;
    boolean embedded = true;
    boolean titled = true;
    double bleedMm;

    byte[] bytes() throws IOException {
      try (PDDocument document = new PDDocument()) {
        PDFont font;
        if (embedded) {
          try (InputStream ttf =
              ScreenProfileTest.class.getResourceAsStream(
                  "/dk/skoletjenesten/katalog/fonts/DejaVuSans.ttf")) {
            font = PDType0Font.load(document, ttf);
          }
        } else {
          font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        for (int i = 0; i < 2; i++) {
          PDPage page =
              new PDPage(
                  new PDRectangle(
                      Units.mmToPt(148 + 2 * bleedMm), Units.mmToPt(210 + 2 * bleedMm)));
          document.addPage(page);
          try (PDPageContentStream out =
              new PDPageContentStream(document, page, AppendMode.APPEND, true)) {
            if (cmykText && i == 0) {
              out.setNonStrokingColor(0f, 0f, 0f, 1f);
            } else {
              out.setNonStrokingColor(0.1f, 0.2f, 0.3f);
            }
            out.beginText();
            out.setFont(font, 11);
            out.newLineAtOffset(60, 500);
            out.showText("Skoletjenesten");
            out.endText();
          }
        }
        PDPage first = document.getPage(0);
        List<PDAnnotation> annotations = new ArrayList<>(links);
        annotations.add(goTo(document.getPage(1)));
        annotations.add(uri("https://skoletjenesten.dk"));
        annotations.add(uri("mailto:info@skoletjenesten.dk"));
        first.setAnnotations(annotations);
        if (outline) {
          PDDocumentOutline root = new PDDocumentOutline();
          PDOutlineItem item = new PDOutlineItem();
          item.setTitle("Side 2");
          PDPageFitDestination destination = new PDPageFitDestination();
          destination.setPage(document.getPage(1));
          item.setDestination(destination);
          root.addLast(item);
          document.getDocumentCatalog().setDocumentOutline(root);
        }
        if (titled) {
          document.getDocumentInformation().setTitle("Indstik");
          document.getDocumentCatalog().setLanguage("da-DK");
          PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
          preferences.setDisplayDocTitle(true);
          document.getDocumentCatalog().setViewerPreferences(preferences);
        }
        return BlankPdfs.bytes(document);
      }
    }
  }
}
