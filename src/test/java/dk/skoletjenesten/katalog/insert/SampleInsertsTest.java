package dk.skoletjenesten.katalog.insert;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.testing.PdfLayoutChecks;
import dk.skoletjenesten.katalog.testing.PdfLayoutChecks.LiveArea;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three inserts of {@code sample-data/} (Aabenraa, Fredericia, Odense, all in the dense layout)
 * as the printer gets them: every glyph inside its clip and the live area, type no smaller than 7.5
 * pt for running text and 6.5 pt for labels, saddle-stitched page counts without a mostly empty
 * page, and each place a full-width unit that starts in the left column.
 */
class SampleInsertsTest {
  private static final Path SAMPLE = Path.of("sample-data");
  private static final double TRIM_HEIGHT_MM = 210;
  private static final double BLEED_MM = 3;

  /**
   * The covers' 12 mm at the top, the 5 mm safe zone at the foot, the covers' 13.5 mm inside (less
   * 0.1 mm: Flying Saucer places text on its grid of 1/20 pt) and 12 mm outside.
   */
  private static final LiveArea AREA = new LiveArea(148, TRIM_HEIGHT_MM, BLEED_MM, 12, 5, 13.4, 12);

  private static Registry registry;
  private static final Map<Integer, Insert> INSERTS = new TreeMap<>();

  @BeforeAll
  static void build() {
    registry = RegistryReader.read(SAMPLE).registry().orElseThrow();
    InsertBuilder builder = new InsertBuilder(Path.of("layouts"), Path.of("fonts"));
    for (InsertOrder order : registry.insertOrders()) {
      Diagnostics diagnostics = new Diagnostics();
      INSERTS.put(order.municipality(), builder.build(registry, order, diagnostics).orElseThrow());
      assertThat(diagnostics.sorted()).as("insert " + order.municipality()).isEmpty();
    }
  }

  @Test
  void theSampleHasItsThreeInsertsSaddleStitchedAabenraaOnSixteenPages() {
    assertThat(INSERTS).containsOnlyKeys(461, 580, 607);
    assertThat(INSERTS.get(580).pageCount()).isEqualTo(16);
    INSERTS.values().forEach(i -> assertThat(i.pageCount() % 4).isZero());
  }

  @Test
  void noGlyphIsCutByAClipOrLiesOutsideTheLiveAreaOrOnAnotherRun() throws IOException {
    for (var insert : INSERTS.entrySet()) {
      try (PDDocument doc = Loader.loadPDF(insert.getValue().pdf())) {
        String which = "insert " + insert.getKey();
        assertThat(PdfLayoutChecks.clippedText(doc)).as(which).isEmpty();
        assertThat(PdfLayoutChecks.outsideLiveArea(doc, AREA)).as(which).isEmpty();
        assertThat(PdfLayoutChecks.overlappingRuns(doc)).as(which).isEmpty();
      }
    }
  }

  @Test
  void runningTextIsAtLeastSevenAndAHalfPointsAndLabelsAtLeastSixAndAHalf() throws IOException {
    for (var insert : INSERTS.entrySet()) {
      SortedSet<String> tooSmall = new TreeSet<>();
      for (TextPosition glyph : glyphs(insert.getValue())) {
        // the size as drawn, to 0.1 pt (Flying Saucer sets 6.5 pt as 6.49)
        float size = Math.round(glyph.getYScale() * 10) / 10f;
        boolean serif = glyph.getFont().getName().contains("NotoSerif");
        if (!glyph.getUnicode().isBlank() && (size < 6.5f || serif && size < 7.5f)) {
          tooSmall.add(glyph.getFont().getName().replaceAll("^[A-Z]{6}\\+", "") + " " + size);
        }
      }
      assertThat(tooSmall).as("insert " + insert.getKey()).isEmpty();
    }
  }

  @Test
  void everyInnerPageIsAtLeastTwoThirdsFullOrIsADesignedNotesOrPlanningPage() throws IOException {
    double top = BLEED_MM + 13;
    double bottom = BLEED_MM + TRIM_HEIGHT_MM - 17;
    for (var insert : INSERTS.entrySet()) {
      List<String> texts = pageTexts(insert.getValue());
      List<Integer> emptyish = new ArrayList<>();
      for (int page = 2; page < texts.size(); page++) {
        double lowest = PageFill.lowestTextMm(insert.getValue().pdf(), page, bottom);
        boolean designed = texts.get(page - 1).contains("Noter");
        if (lowest - top < (bottom - top) * 2 / 3 && !designed) {
          emptyish.add(page);
        }
      }
      assertThat(emptyish).as("insert " + insert.getKey()).isEmpty();
    }
  }

  @Test
  void everyPlaceStartsInTheLeftColumnAsAFullWidthUnit() throws IOException {
    List<String> names = registry.institutions().stream().map(Institution::name).toList();
    for (var insert : INSERTS.entrySet()) {
      SortedMap<Integer, SortedSet<Long>> starts;
      try (PDDocument doc = Loader.loadPDF(insert.getValue().pdf())) {
        starts =
            PdfLayoutChecks.runStarts(
                doc,
                line -> names.stream().anyMatch(n -> n.equals(line) || n.startsWith(line + " ")));
      }
      assertThat(starts).as("insert " + insert.getKey()).isNotEmpty();
      // the left margin: 15 mm + 3 mm bleed on right-hand pages, 12 mm + 3 mm on left-hand ones
      starts.forEach(
          (page, columns) ->
              assertThat(columns)
                  .as("insert " + insert.getKey() + " page " + page)
                  .isEqualTo(Set.of(page % 2 == 1 ? 18L : 15L)));
    }
  }

  @Test
  void placesStandInTheDanishAlphabetWithAaAsÅAsTheInsertSays() throws IOException {
    InsertOrder aabenraa =
        registry.insertOrders().stream().filter(o -> o.municipality() == 580).findFirst().get();
    List<InsertSelection.Place> places = InsertSelector.select(registry, aabenraa).places();
    for (int i = 1; i < places.size(); i++) {
      Institution before = places.get(i - 1).institution();
      Institution after = places.get(i).institution();
      // in a section, a name from A to Ø never follows one with Aa (alphabetised as Å)
      if (before.section() == after.section() && after.name().matches("(?!Aa)[A-ZÆØ].*")) {
        assertThat(before.name()).as("before " + after.name()).doesNotStartWith("Aa");
      }
    }
    assertThat(places).anyMatch(p -> p.institution().name().startsWith("Aabenraa "));
    String text = String.join(" ", pageTexts(INSERTS.get(580)));
    assertThat(text.replaceAll("-\\R", "").replaceAll("\\s+", " "))
        .contains("i alfabetisk orden som i kataloget, hvor aa står som å efter ø.");
  }

  private static List<TextPosition> glyphs(Insert insert) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(insert.pdf())) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              glyphs.addAll(positions);
            }
          };
      stripper.getText(doc);
    }
    return glyphs;
  }

  private static List<String> pageTexts(Insert insert) throws IOException {
    List<String> texts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(insert.pdf())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        texts.add(stripper.getText(doc));
      }
    }
    return texts;
  }
}
