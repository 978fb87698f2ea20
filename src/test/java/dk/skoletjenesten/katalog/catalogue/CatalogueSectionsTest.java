package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.catalogue.Views.SectionPart;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.registry.Section;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sections of the fixture catalogue, checked in the PDF: opener spreads on left-hand pages,
 * overviews that match the data, running heads, thumb tabs and no half-empty entry page.
 */
class CatalogueSectionsTest {
  private static final double TRIM_W = 210;
  private static final double TRIM_H = 297;
  private static final double BLEED = 3;
  private static final float DPI = 36;
  private static final double MIN_FILL = 0.8;

  private static Registry registry;
  private static List<SectionPart> sections;
  private static PDDocument pdf;
  private static List<String> pageTexts;
  private static Map<Integer, Integer> openers;

  @BeforeAll
  static void build() throws IOException {
    registry = RegistryReader.read(CatalogueBuilderTest.FIXTURE).registry().orElseThrow();
    sections = new CatalogueModeller(registry, new IndexFonts(Path.of("fonts"))).model().sections();
    Catalogue catalogue =
        new CatalogueBuilder(Path.of("layouts"), Path.of("fonts")).build(registry);
    pdf = Loader.loadPDF(catalogue.interiorPdf());
    pageTexts = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      pageTexts.add(CatalogueBuilderTest.normalise(stripper.getText(pdf)));
    }
    openers = new HashMap<>();
    String contents =
        pageTexts.stream()
            .filter(t -> t.contains("INDHOLD") && t.contains("REGISTRE"))
            .findFirst()
            .orElseThrow();
    for (SectionPart s : sections) {
      Matcher m = Pattern.compile(Pattern.quote(s.title()) + "[ .]*(\\d+)").matcher(contents);
      assertThat(m.find()).as(s.title()).isTrue();
      openers.put(s.number(), Integer.parseInt(m.group(1)));
    }
  }

  @AfterAll
  static void close() throws IOException {
    pdf.close();
  }

  @Test
  void everySectionOpensWithASpreadThatBeginsOnALeftHandPage() {
    assertThat(sections).hasSize(7);
    for (SectionPart s : sections) {
      int page = openers.get(s.number());
      assertThat(page % 2).as(s.title() + " opens on page " + page).isZero();
      assertThat(text(page)).contains(s.title()).doesNotContain("Hvor kan du tage hen?");
      assertThat(text(page + 1)).contains("Hvor kan du tage hen?");
      String firstPlace = CatalogueBuilderTest.normalise(s.entries().get(0).place().name());
      assertThat(text(page + 2)).as("the entries follow the spread").contains(firstPlace);
      assertThat(text(page + 1)).doesNotContain(s.entries().get(0).place().description());
    }
  }

  @Test
  void theOverviewListsEveryPlaceOfTheSectionWithItsStagesAndPage() throws IOException {
    int rows = 0;
    for (SectionPart s : sections) {
      List<String> lines = sortedLines(openers.get(s.number()) + 1);
      for (Institution place : placesIn(s)) {
        String name = CatalogueBuilderTest.normalise(PrintText.clean(place.name()));
        String start = name.substring(0, Math.min(14, name.length()));
        String line =
            lines.stream()
                .filter(l -> l.contains(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the overview: " + lines));
        Matcher row =
            Pattern.compile("^.*?((?:[●◦] ?){5})\\s*(\\d+)")
                .matcher(line.substring(line.indexOf(start)));
        assertThat(row.find()).as(name + " in: " + line).isTrue();
        assertThat(row.group(1).replace(" ", "")).as(name).isEqualTo(expectedDots(place));
        int target = Integer.parseInt(row.group(2));
        assertThat(text(target)).as(name + " -> page " + target).contains(name);
        rows++;
      }
    }
    assertThat(rows).isEqualTo(registry.publishedInstitutions().size());
  }

  @Test
  void everyPageOfASectionAfterItsOpenerCarriesTheSectionsRunningHeadInAVisibleInk()
      throws IOException {
    for (SectionPart s : sections) {
      for (int page : sectionPages(s)) {
        List<TextPosition> head = headText(page);
        String words = head.stream().map(TextPosition::getUnicode).reduce("", String::concat);
        assertThat(words)
            .as("running head of page " + page)
            .isEqualTo(s.title().toUpperCase(Locale.ROOT).replace(" ", ""));
        for (float[] ink : headInks(page)) {
          // grey (1 = white) or CMYK: at least 40 % black
          double black = ink.length == 1 ? 1 - ink[0] : ink[3];
          assertThat(black).as("black of the head on page " + page).isGreaterThanOrEqualTo(0.4);
        }
      }
    }
  }

  @Test
  void everySectionPageHasItsThumbTabAtTheOuterEdgeIntoTheBleedAtItsStep() throws IOException {
    PDFRenderer renderer = new PDFRenderer(pdf);
    double step = (TRIM_H - 2 * PageFrame.THUMB_MARGIN_MM) / Section.values().length;
    for (SectionPart s : sections) {
      for (int page : sectionPages(s)) {
        BufferedImage image = renderer.renderImageWithDPI(page - 1, DPI);
        boolean right = page % 2 == 1;
        for (int n = 1; n <= 7; n++) {
          double yMm = BLEED + PageFrame.THUMB_MARGIN_MM + (n - 1) * step + step / 2 - 1;
          for (double fromEdge : new double[] {1, BLEED + 1, BLEED + 5}) {
            double xMm = right ? TRIM_W + 2 * BLEED - fromEdge : fromEdge;
            boolean inked = !white(image, xMm, yMm);
            assertThat(inked)
                .as("page %d, tab %d, %.0f mm from the page edge", page, n, fromEdge)
                .isEqualTo(n == s.number());
          }
        }
        double innerMm = right ? 1 : TRIM_W + 2 * BLEED - 1;
        double ownMm = BLEED + PageFrame.THUMB_MARGIN_MM + (s.number() - 0.5) * step;
        assertThat(white(image, innerMm, ownMm)).as("no tab at the spine, page " + page).isTrue();
      }
    }
  }

  @Test
  void noEntryPageIsLeftLessThanFourFifthsFull() throws IOException {
    PDFRenderer renderer = new PDFRenderer(pdf);
    double top = BLEED + PageFrame.CATALOGUE.topMm();
    double bottom = BLEED + TRIM_H - PageFrame.CATALOGUE.bottomMm();
    for (SectionPart s : sections) {
      for (int page : sectionPages(s)) {
        if (page == openers.get(s.number()) + 1) {
          continue; // the overview
        }
        BufferedImage image = renderer.renderImageWithDPI(page - 1, DPI);
        double lowest = top;
        for (double y = top; y < bottom; y += 0.7) {
          for (double x = BLEED + 22; x < BLEED + TRIM_W - 22; x += 0.7) {
            if (!white(image, x, y)) {
              lowest = y;
              break;
            }
          }
        }
        assertThat((lowest - top) / (bottom - top))
            .as("fill of page %d (%s)", page, s.title())
            .isGreaterThanOrEqualTo(MIN_FILL);
      }
    }
  }

  /** The pages after the opener's colour page up to the next opener or padding page. */
  private static List<Integer> sectionPages(SectionPart s) {
    List<Integer> pages = new ArrayList<>();
    for (int p = openers.get(s.number()) + 1; p <= pageTexts.size(); p++) {
      String text = text(p);
      if (openers.containsValue(p)
          || text.contains("Hele året, alle tilbud")
          || text.startsWith("REGISTER")
          || text.startsWith("STEDER EFTER")) {
        break;
      }
      pages.add(p);
    }
    assertThat(pages).as(s.title()).hasSizeGreaterThanOrEqualTo(2);
    return pages;
  }

  private static List<Institution> placesIn(SectionPart s) {
    return registry.publishedInstitutions().stream()
        .filter(i -> i.section().ordinal() + 1 == s.number())
        .toList();
  }

  private static String expectedDots(Institution place) {
    Set<String> stages = new HashSet<>();
    for (Offer o : registry.offersOf(place.id())) {
      o.stages().forEach(st -> stages.add(st.key()));
    }
    StringBuilder dots = new StringBuilder();
    for (String key : Views.OverviewPlace.STAGES) {
      dots.append(stages.contains(key) ? '●' : '◦');
    }
    return dots.toString();
  }

  private static String text(int page) {
    return pageTexts.get(page - 1);
  }

  private static List<String> sortedLines(int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf).lines().map(CatalogueBuilderTest::normalise).toList();
  }

  /** The glyphs in the top margin, above the text column. */
  private static List<TextPosition> headText(int page) throws IOException {
    return headStripper(page).glyphs;
  }

  private static List<float[]> headInks(int page) throws IOException {
    return headStripper(page).inks;
  }

  private static HeadStripper headStripper(int page) throws IOException {
    HeadStripper stripper = new HeadStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return stripper;
  }

  /** Collects the glyphs above the top margin and the fill colour each is drawn in. */
  private static final class HeadStripper extends PDFTextStripper {
    final List<TextPosition> glyphs = new ArrayList<>();
    final List<float[]> inks = new ArrayList<>();

    HeadStripper() throws IOException {}

    @Override
    protected void processTextPosition(TextPosition text) {
      double fromTopMm = text.getYDirAdj() / 72 * 25.4;
      if (fromTopMm < BLEED + PageFrame.CATALOGUE.topMm() && !text.getUnicode().isBlank()) {
        glyphs.add(text);
        inks.add(getGraphicsState().getNonStrokingColor().getComponents());
      }
    }
  }

  private static boolean white(BufferedImage image, double xMm, double yMm) {
    int x = (int) Math.round(xMm / 25.4 * DPI);
    int y = (int) Math.round(yMm / 25.4 * DPI);
    int rgb = image.getRGB(Math.min(x, image.getWidth() - 1), Math.min(y, image.getHeight() - 1));
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return r > 245 && g > 245 && b > 245;
  }
}
