package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.PrintedIndexes.Entry;
import dk.skoletjenesten.katalog.catalogue.PrintedIndexes.Line;
import dk.skoletjenesten.katalog.catalogue.Views.IndexColumn;
import dk.skoletjenesten.katalog.catalogue.Views.IndexPart;
import dk.skoletjenesten.katalog.catalogue.Views.IndexRow;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.screen.ScreenFinisher;
import dk.skoletjenesten.katalog.screen.ScreenLinks;
import dk.skoletjenesten.katalog.screen.ScreenSpec;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indexes of the sample catalogue (sample-data/, 310 places) as printed, read back with PDFBox
 * from the glyphs' positions: long enough that groups run on over columns and pages.
 */
class CatalogueIndexesTest {
  private static List<IndexPart> model;
  private static PDDocument pdf;
  private static PrintedIndexes printed;
  private static List<String> pageTexts;
  private static byte[] screen;
  private static int layouts;
  private static final Pattern CONTENTS_LINE = Pattern.compile("(.+?)\\.{3,}(\\d+)");

  @BeforeAll
  static void build() throws IOException {
    Registry registry = RegistryReader.read(Path.of("sample-data")).registry().orElseThrow();
    model = new CatalogueModeller(registry, new IndexFonts(Path.of("fonts"))).model().indexes();
    Catalogue catalogue =
        new CatalogueBuilder(Path.of("layouts"), Path.of("fonts")).build(registry);
    pdf = Loader.loadPDF(catalogue.interiorPdf());
    layouts = catalogue.layouts();
    var trim = registry.edition().print().trim();
    screen =
        new ScreenFinisher()
            .finish(
                catalogue.interiorPdf(),
                new ScreenSpec(
                    trim.widthMm(),
                    trim.heightMm(),
                    registry.edition().print().bleedMm(),
                    "Katalog",
                    ScreenSpec.DANISH,
                    Instant.parse("2018-08-13T12:00:00Z"),
                    "Skoletjenesten",
                    "katalog",
                    "katalog"));
    printed =
        PrintedIndexes.read(
            pdf, trim.widthMm(), trim.heightMm(), registry.edition().print().bleedMm());
    pageTexts = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      pageTexts.add(letters(stripper.getText(pdf)));
    }
  }

  @AfterAll
  static void close() throws IOException {
    pdf.close();
  }

  @Test
  void theSampleIsLaidOutTwiceTheSidesOfItsFactsPredictedByTheFirstLayout() {
    // 310 entries, many with their facts on a left-hand page: a wrong prediction costs a third
    assertThat(layouts).isEqualTo(2);
  }

  @Test
  void theIndexesTakeThePagesTheModelSetThemOn() {
    long printedPages = printed.lines().stream().mapToInt(Line::page).distinct().count();
    assertThat(printedPages).isEqualTo(model.stream().mapToInt(x -> x.pages().size()).sum());
    assertThat(printed.entries()).hasSize(modelEntries());
  }

  @Test
  void everyEntryPrintsItsPageNumberOnTheLineOfItsName() {
    List<String> apart =
        printed.lines().stream()
            .filter(l -> l.number().isPresent() && l.name().isBlank())
            .map(l -> "page " + l.page() + ": " + l.words())
            .toList();
    assertThat(apart).isEmpty();
    assertThat(printed.entries()).allSatisfy(e -> assertThat(e.name()).isNotBlank());
  }

  @Test
  void noIndexLineHoldsOnlyANumber() {
    assertThat(printed.lines())
        .filteredOn(l -> l.text().matches("\\d+"))
        .extracting(l -> "page " + l.page() + " column " + l.column() + ": " + l.text())
        .isEmpty();
  }

  @Test
  void everyColumnOpensWithAHeadAndNoneEndsWithOne() {
    List<List<Line>> columns = printed.columns();
    assertThat(columns).hasSizeGreaterThan(30);
    for (List<Line> column : columns) {
      String where = "page " + column.get(0).page() + " column " + column.get(0).column();
      assertThat(column.get(0).head()).as(where + " opens with " + column.get(0).words()).isTrue();
      assertThat(column.get(column.size() - 1).head()).as(where + " ends with a head").isFalse();
    }
  }

  @Test
  void aGroupRunningOnIntoTheNextColumnOrPageRepeatsItsHeadWithFortsat() {
    String group = "";
    int continued = 0;
    for (List<Line> column : printed.columns()) {
      String head = PrintedIndexes.openingHead(column);
      String where = "page " + column.get(0).page() + " column " + column.get(0).column();
      if (head.endsWith(" (fortsat)")) {
        assertThat(head).as(where).isEqualTo(group + " (fortsat)");
        continued++;
      } else {
        assertThat(head).as(where + ": a new group, not the one before").isNotEqualTo(group);
      }
      group = PrintedIndexes.lastGroup(column, group);
    }
    assertThat(continued).as("groups continued over columns").isGreaterThan(20);
  }

  @Test
  void everyPageNumberPrintedIsThePageOfThePlace() {
    List<String> wrong = new ArrayList<>();
    for (Entry e : printed.entries()) {
      if (e.number() < 1
          || e.number() > pageTexts.size()
          || !pageTexts.get(e.number() - 1).contains(letters(e.name()))) {
        wrong.add("page " + e.page() + ": " + e.name() + " -> " + e.number());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(printed.entries()).hasSizeGreaterThan(2000);
  }

  private static int modelEntries() {
    return (int)
        model.stream()
            .flatMap(x -> x.pages().stream())
            .flatMap(p -> p.columns().stream())
            .map(IndexColumn::rows)
            .flatMap(List::stream)
            .filter(r -> !r.head())
            .map(IndexRow::anchor)
            .count();
  }

  /** The letters and digits of a text: names compared across line breaks and hyphenation. */
  /**
   * The screen edition made from the same render: every internal link (contents, section overviews,
   * indexes) lands on the page whose number it prints, or, where it shows a name, on the page that
   * prints that name; the outline has the sections with every place.
   */
  @Test
  void theScreenEditionsContentsOverviewAndIndexLinksLandOnThePagesTheyName() throws IOException {
    try (PDDocument onScreen = Loader.loadPDF(screen)) {
      List<String> wrong = new ArrayList<>();
      int contents = 0;
      int indexes = 0;
      int uris = 0;
      for (int i = 0; i < onScreen.getNumberOfPages(); i++) {
        PDPage page = onScreen.getPage(i);
        for (PDAnnotation annotation : page.getAnnotations()) {
          PDAnnotationLink link = (PDAnnotationLink) annotation;
          if (link.getAction() instanceof PDActionURI uri) {
            assertThat(ScreenLinks.allowed(uri.getURI())).as(uri.getURI()).isTrue();
            uris++;
            continue;
          }
          PDPageDestination target =
              (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
          int landing = onScreen.getPages().indexOf(target.getPage()) + 1;
          String shown = letters(PdfBoxChecks.textUnder(page, link.getRectangle()));
          // a page number, a contents line (name, leader dots, page number) or a name
          Matcher line = CONTENTS_LINE.matcher(shown);
          String name = shown.matches("\\d+") ? "" : line.matches() ? line.group(1) : shown;
          String number = shown.matches("\\d+") ? shown : line.matches() ? line.group(2) : "";
          boolean right =
              landing > 0
                  && (number.isEmpty() || Integer.parseInt(number) == landing)
                  && pageTexts.get(landing - 1).contains(name);
          if (!right) {
            wrong.add("page " + (i + 1) + ": \"" + shown + "\" -> page " + landing);
          }
          contents += i == 3 ? 1 : 0;
          indexes += i + 1 >= printed.lines().get(0).page() ? 1 : 0;
        }
      }
      assertThat(wrong).isEmpty();
      assertThat(contents).as("links on the contents page").isGreaterThanOrEqualTo(10);
      assertThat(indexes).as("links on the index pages").isEqualTo(modelEntries());
      assertThat(uris).isGreaterThan(600);
      int places = 0;
      for (PDOutlineItem item : onScreen.getDocumentCatalog().getDocumentOutline().children()) {
        for (PDOutlineItem place : item.children()) {
          places++;
        }
      }
      assertThat(places).isEqualTo(310);
    }
  }

  private static String letters(String text) {
    return text.replaceAll("[\\s\\u00AD\\-\\u2010\\u2011]", "");
  }
}
