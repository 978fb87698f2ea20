package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import dk.skoletjenesten.katalog.testing.PdfLayoutChecks;
import dk.skoletjenesten.katalog.testing.PdfLayoutChecks.LiveArea;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders the fixture registry once and checks the PDFs with PDFBox. */
class CatalogueBuilderTest {
  static final Path FIXTURE = Path.of("src/test/resources/catalogue/fixture");
  private static final double TRIM_W = 210;
  private static final double TRIM_H = 297;
  private static final double BLEED = 3;

  private static Registry registry;
  private static Catalogue catalogue;
  private static PDDocument interior;
  private static List<String> pageTexts;

  @BeforeAll
  static void build() throws IOException {
    registry = RegistryReader.read(FIXTURE).registry().orElseThrow();
    catalogue = new CatalogueBuilder(Path.of("layouts"), Path.of("fonts")).build(registry);
    interior = Loader.loadPDF(catalogue.interiorPdf());
    pageTexts = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    for (int p = 1; p <= interior.getNumberOfPages(); p++) {
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      pageTexts.add(normalise(stripper.getText(interior)));
    }
  }

  @AfterAll
  static void close() throws IOException {
    interior.close();
  }

  @Test
  void theMainLayoutStandsAtOnceWithTheSidesTheFirstLayoutPredicts() {
    // the first layout, then the main one: no revision for entries whose facts changed side
    assertThat(catalogue.layouts()).isEqualTo(2);
  }

  @Test
  void pageCountIsAMultipleOfSixteenAndMatchesThePdf() {
    // title, colophon, welcome, contents, three pages of articles, the seven sections' opener
    // spreads, entries and house-ad pages, three index pages; perfect binding pads to whole
    // signatures of 16 with notes pages
    assertThat(catalogue.pageCount()).isEqualTo(48).isEqualTo(interior.getNumberOfPages());
    assertThat(catalogue.pageCount() % 16).isZero();
  }

  @Test
  void everyPageIsTrimPlusBleedWithTrimAndBleedBoxes() {
    PdfBoxChecks.assertRenderedTrimPlusBleed(interior, TRIM_W, TRIM_H, BLEED);
  }

  @Test
  void allFontsAreEmbedded() throws IOException {
    for (PDPage page : interior.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        boolean embedded =
            font instanceof PDType0Font t0
                ? t0.getDescendantFont().isEmbedded()
                : font.isEmbedded();
        assertThat(embedded).as(font.getName()).isTrue();
      }
    }
  }

  @Test
  void everyInstitutionWithOffersIsPresentAndTheOneWithoutIsNot() {
    String all = String.join(" ", pageTexts);
    for (Institution i : registry.publishedInstitutions()) {
      assertThat(all).contains(normalise(PrintText.clean(i.name())));
    }
    assertThat(registry.institutions())
        .extracting(Institution::name)
        .contains("Stedet uden tilbud");
    assertThat(all).doesNotContain("Stedet uden tilbud");
  }

  @Test
  void markupCharactersInDataPrintLiterallyAndQuotesTheDanishWay() {
    assertThat(String.join(" ", pageTexts)).contains("Kunst & Co. <Værksted> »Det gode sted«");
  }

  @Test
  void softHyphensFromTheDataDoNotPrint() {
    assertThat(String.join(" ", pageTexts)).doesNotContain("\u00AD").contains("undersøger");
  }

  @Test
  void contentsPointAtThePagesOfSectionsAndArticles() {
    String contents =
        pageTexts.stream()
            .filter(t -> t.contains("INDHOLD") && t.contains("REGISTRE"))
            .findFirst()
            .orElseThrow();
    for (var section :
        new CatalogueModeller(registry, new IndexFonts(Path.of("fonts"))).model().sections()) {
      int page = pageAfter(contents, section.title());
      assertThat(pageTexts.get(page - 1)).as(section.title()).contains(section.title());
      assertThat(pageTexts.get(page)).as(section.title()).contains("Hvor kan du tage hen?");
    }
    for (var article : registry.articles()) {
      assertThat(pageTexts.get(pageAfter(contents, article.title()) - 1)).contains(article.title());
    }
  }

  @Test
  void everyIndexEntryPointsAtThePageOfTheEntry() throws IOException {
    var entries = PrintedIndexes.read(interior, TRIM_W, TRIM_H, BLEED).entries();
    for (var e : entries) {
      assertThat(pageTexts.get(e.number() - 1).replaceAll("[\\s-]", ""))
          .as(e.name() + " -> page " + e.number())
          .contains(e.name().replaceAll("[\\s-]", ""));
    }
    // every place under each of its subjects and once under its municipality
    assertThat(entries).hasSizeGreaterThan(2 * registry.publishedInstitutions().size());
    assertThat(entries)
        .extracting(e -> e.name().replaceAll("\\s", ""))
        .containsAll(
            registry.publishedInstitutions().stream()
                .map(i -> PrintText.clean(i.name()).replaceAll("\\s", ""))
                .toList());
  }

  @Test
  void allTextStaysFiveMillimetresInsideTheTrim() throws IOException {
    assertThat(PdfLayoutChecks.outsideLiveArea(interior, LiveArea.inset(TRIM_W, TRIM_H, BLEED, 5)))
        .isEmpty();
  }

  @Test
  void aSixtyLetterWordInATitleStaysInsideItsColumn() throws IOException {
    String all = String.join("", pageTexts).replace("-", "").replace(" ", "");
    assertThat(all).contains("Ordkunstnerlaboratorieeksperimentalforskningsundervisningsda");
    assertThat(PdfLayoutChecks.overlappingRuns(interior))
        .as("text that ran into the next column")
        .isEmpty();
  }

  @Test
  void allTextStaysInsideTheMirroredLiveArea() throws IOException {
    assertThat(PdfLayoutChecks.outsideLiveArea(interior, LiveArea.catalogue(TRIM_W, TRIM_H)))
        .isEmpty();
  }

  @Test
  void coverSpineWidthFollowsThePageCount() throws IOException {
    assertThat(catalogue.coverPdf()).isPresent();
    double spine = catalogue.pageCount() / 2.0 * 0.1;
    assertThat(catalogue.spineWidthMm()).isEqualTo(spine, offset(1e-9));
    try (PDDocument cover = Loader.loadPDF(catalogue.coverPdf().get())) {
      assertThat(cover.getNumberOfPages()).isEqualTo(1);
      PdfBoxChecks.assertRenderedTrimPlusBleed(cover, 2 * TRIM_W + spine, TRIM_H, BLEED);
    }
  }

  private static int pageAfter(String text, String title) {
    Matcher m = Pattern.compile(Pattern.quote(normalise(title)) + "[ .]*(\\d+)").matcher(text);
    assertThat(m.find()).as(title + " in: " + text).isTrue();
    return Integer.parseInt(m.group(1));
  }

  static String normalise(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
