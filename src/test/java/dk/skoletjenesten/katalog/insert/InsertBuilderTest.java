package dk.skoletjenesten.katalog.insert;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.registry.TrimSize;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import dk.skoletjenesten.katalog.testing.PdfLayoutChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture's Aabenraa insert once and checks it with PDFBox; bigger selections are
 * generated.
 */
class InsertBuilderTest {
  private static final Path FIXTURE = Path.of("src/test/resources/registry/valid-csv");
  private static final InsertBuilder BUILDER =
      new InsertBuilder(Path.of("layouts"), Path.of("fonts"));
  private static Registry registry;
  private static Insert insert;
  private static List<String> pageTexts;

  @TempDir Path work;

  @BeforeAll
  static void build() throws IOException {
    registry = RegistryReader.read(FIXTURE).registry().orElseThrow();
    Diagnostics diagnostics = new Diagnostics();
    insert = BUILDER.build(registry, registry.insertOrders().get(0), diagnostics).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    pageTexts = pageTexts(insert);
  }

  @Test
  void pageCountIsAMultipleOfFourUpToSixteenAndMatchesThePdf() {
    // front, welcome, two pages of places and the back page: 5, padded to 8 by a planning page and
    // two notes pages
    assertThat(insert.pageCount()).isEqualTo(8).isEqualTo(pageTexts.size());
  }

  @Test
  void noPageIsBlankAndThePaddingPagesAreDesignedOnes() {
    assertThat(pageTexts).allSatisfy(text -> assertThat(text.strip()).isNotEmpty());
    List<String> padding =
        pageTexts.subList(pageTexts.size() - 1 - (insert.pageCount() - 5), pageTexts.size() - 1);
    assertThat(padding)
        .allSatisfy(text -> assertThat(text).containsAnyOf("Sådan planlægger I besøget", "Noter"));
    assertThat(pageTexts.get(pageTexts.size() - 1))
        .contains("Find alle tilbud og book på portalen");
  }

  @Test
  void everyPageIsTheA5TrimPlusBleedWithTrimAndBleedBoxes() throws IOException {
    assertThat(insert.trimWidthMm()).isEqualTo(148);
    assertThat(insert.trimHeightMm()).isEqualTo(210);
    try (PDDocument doc = Loader.loadPDF(insert.pdf())) {
      PdfBoxChecks.assertRenderedTrimPlusBleed(doc, 148, 210, 3);
    }
  }

  @Test
  void theNormalLayoutShowsOnePlaceAcrossWithItsQrCodeAndLabelsEveryOffersFacts()
      throws IOException {
    InsertSelection selection = InsertSelector.select(registry, registry.insertOrders().get(0));
    try (PDDocument doc = Loader.loadPDF(insert.pdf())) {
      assertThat(placesAcross(doc, registry)).containsExactly(1);
      assertThat(picturesOnPlacePages(doc, registry)).isEqualTo(selection.placeCount());
    }
    assertThat(factLabels(pageTexts)).isEqualTo(selection.offerCount());
  }

  @Test
  void theHeadlineIsComputedFromThePlacesWhenTheOrderHasNone() {
    assertThat(registry.insertOrders().get(0).headline()).isNull();
    assertThat(insert.headline())
        .isEqualTo("3 steder at tage hen med åben skole i Aabenraa Kommune");
    assertThat(pageTexts.get(0)).contains("3 steder at tage hen med åben skole i Aabenraa Kommune");
  }

  @Test
  void theFrontNamesTheMunicipalityAndItsPortalPageAndCopiesComeFromTheOrder() {
    assertThat(pageTexts.get(0)).contains("Aabenraa Kommune", "skoletjenesten.dk/aabenraakommune");
    assertThat(insert.copies()).isEqualTo(900);
  }

  @Test
  void theInsertContainsItsPlacesOffersIntroAndContactAsText() {
    String all = String.join(" ", pageTexts);
    InsertSelection selection = InsertSelector.select(registry, registry.insertOrders().get(0));
    for (InsertSelection.Place place : selection.places()) {
      assertThat(all).contains(place.institution().name());
      for (Offer offer : place.offers()) {
        assertThat(all).contains(offer.title(), offer.teaser());
      }
    }
    assertThat(all).doesNotContain("Dyr og mennesker i landsbyen");
    assertThat(all)
        .contains(
            "Velkommen til åben skole i Aabenraa Kommune.",
            "Anne Jensen",
            "aj@aabenraa.dk",
            "4.–6. kl.",
            "1.200 kr.",
            "Gratis",
            "Heldag");
  }

  @Test
  void anA4OrderIsLaidOutOnA4PagesWithItsPlacesAsTextAndNoTextRunningIntoItsNeighbour()
      throws IOException {
    InsertOrder a4 = withTrim(registry.insertOrders().get(0), TrimSize.A4);
    Diagnostics diagnostics = new Diagnostics();
    Insert built = BUILDER.build(registry, a4, diagnostics).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(built.trimWidthMm()).isEqualTo(210);
    assertThat(built.trimHeightMm()).isEqualTo(297);
    // front, welcome, one page of places and the back page: no padding
    assertThat(built.pageCount()).isEqualTo(4);
    try (PDDocument doc = Loader.loadPDF(built.pdf())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(built.pageCount());
      PdfBoxChecks.assertRenderedTrimPlusBleed(doc, 210, 297, 3);
      assertThat(PdfLayoutChecks.overlappingRuns(doc)).isEmpty();
    }
    String all = textInReadingOrder(built);
    InsertSelection selection = InsertSelector.select(registry, a4);
    for (InsertSelection.Place place : selection.places()) {
      assertThat(all).contains(place.institution().name());
      place.offers().forEach(offer -> assertThat(all).contains(offer.title()));
    }
    assertThat(all)
        .contains(
            "3 steder at tage hen med åben skole i Aabenraa Kommune",
            "Find alle tilbud og book på portalen");
  }

  @Test
  void
      aBigA4SelectionTakesTheDenseLayoutEachPlaceBesideItsOffersWithoutTextRunningIntoItsNeighbour()
          throws IOException {
    Registry big = RegistryReader.read(SyntheticData.write(work, 72, 104)).registry().orElseThrow();
    InsertOrder a4 = withTrim(big.insertOrders().get(0), TrimSize.A4);

    Diagnostics diagnostics = new Diagnostics();
    Insert built = BUILDER.build(big, a4, diagnostics).orElseThrow();

    assertThat(diagnostics.sorted()).isEmpty();
    // the normal layout needs more than 16 pages; the dense one up to 15 and the back page
    assertThat(built.pageCount()).isEqualTo(16);
    List<String> texts = pageTexts(built);
    String all = textInReadingOrder(built);
    big.institutions().forEach(i -> assertThat(all).contains(i.name()));
    assertThat(factLabels(texts)).as("the dense layout's facts have no labels").isZero();
    try (PDDocument doc = Loader.loadPDF(built.pdf())) {
      // every place starts in the left column, its offers two across beside it
      assertThat(placesAcross(doc, big)).containsExactly(1);
      assertThat(picturesOnPlacePages(doc, big)).as("QR codes of places").isZero();
      assertThat(PdfLayoutChecks.overlappingRuns(doc)).isEmpty();
    }
  }

  @Test
  void anEmptySelectionIsRefusedWithItsExactMessage() {
    InsertOrder order =
        new InsertOrder(
            "orders/inserts/tom.json",
            580,
            null,
            null,
            null,
            null,
            false,
            List.of(),
            List.of(),
            List.of(),
            null,
            null);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(BUILDER.build(registry, order, diagnostics)).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::toString)
        .containsExactly(
            FIXTURE.resolve("orders/inserts/tom.json")
                + ": $.include: error: the selection is empty: no offer is included,"
                + " or every included offer is excluded");
  }

  @Test
  void aBigSelectionTakesTheDenseLayoutAndKeepsEveryPlace() throws IOException {
    Registry big = RegistryReader.read(SyntheticData.write(work, 72, 72)).registry().orElseThrow();
    Diagnostics diagnostics = new Diagnostics();

    Insert built = BUILDER.build(big, big.insertOrders().get(0), diagnostics).orElseThrow();

    // the dense layout: front, welcome and places on 15 pages, and the back page
    assertThat(built.pageCount()).isEqualTo(16);
    assertThat(built.headline())
        .isEqualTo("Mere end 70 steder at tage hen med åben skole i Aabenraa Kommune");
    assertThat(built.copies()).isEqualTo(30);
    List<String> texts = pageTexts(built);
    String all = textInReadingOrder(built);
    big.institutions().forEach(i -> assertThat(all).contains(i.name()));
    assertThat(factLabels(texts)).as("the dense layout's facts have no labels").isZero();
    try (PDDocument doc = Loader.loadPDF(built.pdf())) {
      assertThat(placesAcross(doc, big)).as("places start in the left column").containsExactly(1);
      assertThat(picturesOnPlacePages(doc, big)).as("QR codes of places").isZero();
    }
  }

  @Test
  void paddingPagesThatBeginOnALeftHandPageHaveLeftHandMarginsAndFolios() throws IOException {
    Registry mid = RegistryReader.read(SyntheticData.write(work, 14, 14)).registry().orElseThrow();
    Diagnostics diagnostics = new Diagnostics();

    Insert built = BUILDER.build(mid, mid.insertOrders().get(0), diagnostics).orElseThrow();

    // front, welcome and places on 9 pages: the planning page is page 10, a left-hand page
    assertThat(built.pageCount()).isEqualTo(12);
    List<String> texts = pageTexts(built);
    assertThat(texts.get(9)).contains("Sådan planlægger I besøget");
    try (PDDocument doc = Loader.loadPDF(built.pdf())) {
      // 12 mm outside, 15 mm at the staples (13.4 mm allows for the covers' 13.5 mm)
      var area = new PdfLayoutChecks.LiveArea(148, 210, 3, 12, 5, 13.4, 12);
      assertThat(PdfLayoutChecks.outsideLiveArea(doc, area)).isEmpty();
      // the folio of a left-hand page stands at its outer (left) margin
      assertThat(PdfLayoutChecks.runStarts(doc, "10"::equals))
          .containsEntry(10, new TreeSet<>(Set.of(15L)));
    }
  }

  @Test
  void aSelectionThatDoesNotFitSixteenPagesIsRefusedWithItsCounts() {
    Registry huge =
        RegistryReader.read(SyntheticData.write(work, 130, 150)).registry().orElseThrow();
    Diagnostics diagnostics = new Diagnostics();

    assertThat(BUILDER.build(huge, huge.insertOrders().get(0), diagnostics)).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::toString)
        .containsExactly(
            work.resolve("orders/inserts/aabenraa.json")
                + ": $.include: error: the selection (130 places, 150 offers) does not fit 16 A5"
                + " pages even in the dense layout, which needs 24 pages; leave places or offers"
                + " out with \"exclude\", or order \"trim\": \"A4\"");
  }

  private static InsertOrder withTrim(InsertOrder o, TrimSize trim) {
    return new InsertOrder(
        o.file(),
        o.municipality(),
        o.copies(),
        o.headline(),
        o.intro(),
        o.contact(),
        o.includeLocated(),
        o.includeInstitutions(),
        o.includeOffers(),
        o.excludeOffers(),
        o.logo(),
        trim);
  }

  /** The x positions, per page, where the lines that begin a place name start: the columns. */
  private static SortedMap<Integer, SortedSet<Long>> placeColumns(PDDocument doc, Registry registry)
      throws IOException {
    List<String> names = registry.institutions().stream().map(Institution::name).toList();
    return PdfLayoutChecks.runStarts(
        doc,
        line -> names.stream().anyMatch(name -> name.equals(line) || name.startsWith(line + " ")));
  }

  /** How many places stand side by side on the pages with places. */
  private static Set<Integer> placesAcross(PDDocument doc, Registry registry) throws IOException {
    return placeColumns(doc, registry).values().stream().map(Set::size).collect(Collectors.toSet());
  }

  /**
   * The pictures (XObjects) on the pages with places: the normal layout draws each place's QR code,
   * vector art embedded as a form.
   */
  private static int picturesOnPlacePages(PDDocument doc, Registry registry) throws IOException {
    int pictures = 0;
    for (int page : placeColumns(doc, registry).keySet()) {
      for (COSName name : doc.getPage(page - 1).getResources().getXObjectNames()) {
        pictures++;
      }
    }
    return pictures;
  }

  /** The normal layout labels each offer's facts; the dense one sets them in a line. */
  private static int factLabels(List<String> pageTexts) {
    return String.join(" ", pageTexts).split("KLASSETRIN", -1).length - 1;
  }

  private static List<String> pageTexts(Insert insert) throws IOException {
    List<String> texts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(insert.pdf())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        texts.add(stripper.getText(doc).replaceAll("-\\s*\\n", "").replaceAll("\\s+", " "));
      }
    }
    return texts;
  }

  /**
   * The text in the order it is drawn: a place's lines stay together beside the column next to it.
   */
  private static String textInReadingOrder(Insert insert) throws IOException {
    try (PDDocument doc = Loader.loadPDF(insert.pdf())) {
      return new PDFTextStripper().getText(doc).replaceAll("-\\s*\\n", "").replaceAll("\\s+", " ");
    }
  }
}
