package dk.skoletjenesten.katalog.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.common.Severity;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.screen.ScreenLinks;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screen edition of the sample's Aabenraa insert, made from the same render as its print file
 * (one insert, a few seconds): bookmarks, links that land where they say, RGB, the trim, the same
 * pages and text as print, smaller.
 */
class ScreenEditionTest {
  private static BundleFile raw;
  private static PrintReadiness.Checked print;
  private static PrintReadiness.Checked screen;
  private static PrintReadiness.Checked reportScreen;

  @BeforeAll
  static void build() {
    Registry registry = RegistryReader.read(Path.of("sample-data")).registry().orElseThrow();
    raw =
        new InsertPublisher(Path.of("layouts"), Path.of("fonts"))
            .publish(registry, code -> code == 580, new Diagnostics())
            .get(0);
    PrintReadiness readiness = new PrintReadiness(registry.edition(), false);
    print = readiness.apply(raw);
    screen = readiness.screen(raw);
    BundleFile report =
        new ReportPublisher(Path.of("layouts"), Path.of("fonts"))
            .publish(registry, code -> true, new Diagnostics())
            .get(0);
    reportScreen = readiness.screen(report);
  }

  @Test
  void theReportsScreenEditionHasItsSectionsAsBookmarksAndPassesTheScreenPreflight()
      throws IOException {
    assertThat(reportScreen.file().path()).isEqualTo("annual-report-screen.pdf");
    assertThat(reportScreen.file().product()).isEqualTo(Product.ANNUAL_REPORT_SCREEN);
    assertThat(reportScreen.report().diagnostics()).isEmpty();
    try (PDDocument pdf = Loader.loadPDF(reportScreen.file().content())) {
      List<String> titles = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        int page = landing(pdf, (PDPageDestination) item.getDestination());
        assertThat(squeezed(pageText(pdf, page))).contains(squeezed(item.getTitle()));
        titles.add(item.getTitle());
      }
      assertThat(titles).startsWith("Årsberetning", "Forord", "Indhold").hasSize(13);
    }
  }

  @Test
  void theScreenEditionSitsBesideThePrintFileAndPassesTheScreenPreflight() {
    assertThat(screen.file().path()).isEqualTo("inserts/580-aabenraa-screen.pdf");
    assertThat(screen.file().product()).isEqualTo(Product.INSERT_SCREEN);
    assertThat(screen.file().copies()).isZero();
    assertThat(screen.file().municipality()).hasValue(580);
    assertThat(screen.report().diagnostics()).isEmpty();
    assertThat(print.report().diagnostics())
        .noneMatch(d -> d.severity() == Severity.ERROR)
        .noneMatch(d -> "link".equals(d.field()));
  }

  @Test
  void theOutlineHoldsTheSectionsWithTheirPlacesEachLandingOnThePageThatPrintsIt()
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(screen.file().content())) {
      List<String> sections = new ArrayList<>();
      int places = 0;
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        sections.add(item.getTitle());
        for (PDOutlineItem place : item.children()) {
          int page = landing(pdf, (PDPageDestination) place.getDestination());
          assertThat(squeezed(pageText(pdf, page)))
              .as("bookmark %s on page %d", place.getTitle(), page)
              .contains(squeezed(place.getTitle()));
          places++;
        }
      }
      assertThat(sections)
          .startsWith("Velkommen", "Kunst, design og arkitektur", "Kulturhistoriske museer")
          .contains("Kultur, udvikling og samfund");
      assertThat(places).isEqualTo(71);
      assertThat(pdf.getDocumentCatalog().getPageMode().stringValue()).isEqualTo("UseOutlines");
    }
  }

  @Test
  void theOverviewsLinksLandOnTheSectionAndPageNumberTheyPrint() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(screen.file().content())) {
      int goTo = 0;
      List<String> uris = new ArrayList<>();
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        for (PDAnnotation annotation : pdf.getPage(i).getAnnotations()) {
          PDAnnotationLink link = (PDAnnotationLink) annotation;
          if (link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
            continue;
          }
          PDActionGoTo action = (PDActionGoTo) link.getAction();
          int page = landing(pdf, (PDPageDestination) action.getDestination());
          String shown = textUnder(pdf, i, link.getRectangle()).strip();
          if (shown.matches("\\d+")) {
            assertThat(Integer.parseInt(shown)).as("page number link").isEqualTo(page);
          } else {
            assertThat(squeezed(pageText(pdf, page))).contains(squeezed(shown));
          }
          goTo++;
        }
      }
      assertThat(goTo).isEqualTo(14);
      assertThat(uris)
          .containsExactly(
              "https://skoletjenesten.dk/aabenraakommune",
              "mailto:aabenskole@aabenraa.dk",
              "https://skoletjenesten.dk/aabenraakommune",
              "mailto:skoletj@skoletjenesten.dk")
          .allMatch(ScreenLinks::allowed);
    }
  }

  @Test
  void pagesAreTheTrimInRgbWithTheDocumentsLanguage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(screen.file().content())) {
      for (PDPage page : pdf.getPages()) {
        PDRectangle media = page.getMediaBox();
        assertThat(Units.ptToMm(media.getWidth())).isCloseTo(148, offset(0.1));
        assertThat(Units.ptToMm(media.getHeight())).isCloseTo(210, offset(0.1));
        assertThat(cmykOperators(new PDFStreamParser(page).parse())).isZero();
        assertNoCmyk(page.getResources());
      }
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
      assertThat(pdf.getDocumentCatalog().getOutputIntents()).isEmpty();
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(raw.title());
    }
  }

  @Test
  void theScreenEditionHasThePrintFilesPagesAndTextAndIsSmaller() throws IOException {
    try (PDDocument printed = Loader.loadPDF(print.file().content());
        PDDocument onScreen = Loader.loadPDF(screen.file().content())) {
      assertThat(onScreen.getNumberOfPages()).isEqualTo(printed.getNumberOfPages()).isEqualTo(16);
      for (int page = 1; page <= printed.getNumberOfPages(); page++) {
        assertThat(pageText(onScreen, page)).as("page %d", page).isEqualTo(pageText(printed, page));
      }
      for (PDPage page : printed.getPages()) {
        assertThat(page.getCOSObject().containsKey(COSName.ANNOTS)).isFalse();
      }
    }
    assertThat(screen.file().content().length).isLessThan(print.file().content().length / 4);
  }

  @Test
  void theSameRenderGivesTheSameScreenBytes() {
    Registry registry = RegistryReader.read(Path.of("sample-data")).registry().orElseThrow();
    PrintReadiness readiness = new PrintReadiness(registry.edition(), false);
    assertThat(readiness.screen(raw).file().content()).isEqualTo(screen.file().content());
  }

  private static int landing(PDDocument pdf, PDPageDestination destination) {
    return pdf.getPages().indexOf(destination.getPage()) + 1;
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  private static String textUnder(PDDocument pdf, int index, PDRectangle rect) throws IOException {
    return PdfBoxChecks.textUnder(pdf.getPage(index), rect);
  }

  /** Text without white space, soft line-end hyphens and case, for comparing a wrapped name. */
  private static String squeezed(String text) {
    return text.replaceAll("-\\s*\\n", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private static int cmykOperators(List<Object> tokens) {
    int found = 0;
    for (Object token : tokens) {
      if (token instanceof Operator operator && List.of("k", "K").contains(operator.getName())
          || COSName.DEVICECMYK.equals(token)) {
        found++;
      }
    }
    return found;
  }

  private static void assertNoCmyk(PDResources resources) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject image) {
        assertThat(image.getColorSpace()).isNotInstanceOf(PDDeviceCMYK.class);
      } else if (object instanceof PDFormXObject form) {
        assertThat(cmykOperators(new PDFStreamParser(form).parse())).isZero();
        assertNoCmyk(form.getResources());
      }
    }
  }
}
