package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.Views.Entry;
import dk.skoletjenesten.katalog.catalogue.Views.SectionPart;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.format.OfferView;
import dk.skoletjenesten.katalog.format.PlaceView;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample data's catalogue once and reads its entry pages back with PDFBox: offer tables
 * continue under the place's name and the column header, no page ends with a head, addresses and
 * grades break only where they may, every teaser prints, every place type opens with its head, and
 * the QR codes stand at the fore-edge on both sides.
 */
class CatalogueEntriesTest {
  private static final Path SAMPLE = Path.of("sample-data");

  /** The frame of the sample's A4 pages, from the top of the page (bleed included), in points. */
  private static final float CONTENT_TOP_PT = Units.mmToPt(3 + 20);

  private static final float CONTENT_BOTTOM_PT = Units.mmToPt(3 + 297 - 22);
  private static final float QR_PT = Units.mmToPt(17);
  private static final float COLUMN_GAP_PT = 4;

  private static CatalogueModel model;
  private static PDDocument pdf;
  private static List<Run> runs;

  @BeforeAll
  static void build() throws IOException {
    Registry registry = RegistryReader.read(SAMPLE).registry().orElseThrow();
    model = new CatalogueModeller(registry, new IndexFonts(Path.of("fonts"))).model();
    Catalogue catalogue =
        new CatalogueBuilder(Path.of("layouts"), Path.of("fonts")).build(registry);
    pdf = Loader.loadPDF(catalogue.interiorPdf());
    runs = runs(pdf);
  }

  @AfterAll
  static void close() throws IOException {
    pdf.close();
  }

  @Test
  void everyPageThatContinuesAnOfferTableStartsWithThePlaceNameAndTheColumnHeader() {
    List<String> problems = new ArrayList<>();
    int continued = 0;
    for (int page : entryPages()) {
      List<Run> content = contentRuns(page);
      Run first = content.get(0);
      Optional<Run> cont =
          pageRuns(page).stream().filter(r -> r.text().endsWith("(fortsat)")).findFirst();
      if (isColumnHeader(first)) {
        continued++;
        if (cont.isEmpty()) {
          problems.add("p. " + page + ": the column header without the place name above it");
        }
      } else if (!isGroupHead(first) && !isKicker(first)) {
        problems.add("p. " + page + " starts with \"" + first.text() + "\"");
      } else if (cont.isPresent()) {
        problems.add("p. " + page + " starts a new entry under \"" + cont.get().text() + "\"");
      }
    }
    assertThat(problems).isEmpty();
    assertThat(continued).as("pages that continue an offer table").isGreaterThan(10);
  }

  @Test
  void aContinuationNamesTheEntryThatRunsOn() {
    List<String> problems = new ArrayList<>();
    String lastName = null;
    // the entry pages only: an index page's head "Museer (fortsat)" continues a group, not an entry
    for (int page : entryPages()) {
      for (Run r : pageRuns(page)) {
        if (r.text().endsWith("(fortsat)") && !r.text().equals(lastName + " (fortsat)")) {
          problems.add("p. " + page + ": \"" + r.text() + "\" after the entry " + lastName);
        }
      }
      for (Run r : contentRuns(page)) {
        if (isName(r)) {
          lastName = fullName(r.text());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noPageEndsWithAnEntryHeadOrAColumnHeader() {
    List<String> problems = new ArrayList<>();
    for (int page : entryPages()) {
      List<Run> content = contentRuns(page);
      Run last = content.get(content.size() - 1);
      if (isColumnHeader(last) || isName(last) || isKicker(last) || isGroupHead(last)) {
        problems.add("p. " + page + " ends with \"" + last.text() + "\"");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void addressesBreakOnlyWhereTheyHaveNoHyphenToShowAndNeverBeforeTheDomain() {
    Set<String> addresses = new TreeSet<>();
    entries()
        .forEach(
            e -> {
              addresses.add(e.place().urlText());
              if (e.place().email() != null) {
                addresses.add(e.place().email());
              }
            });
    List<String> problems = new ArrayList<>();
    for (Run r : runs) {
      String text = r.text().strip();
      boolean part = addresses.stream().anyMatch(a -> a.contains(text) && !a.equals(text));
      if (part && text.endsWith("-")) {
        problems.add("p. " + r.page() + ": \"" + text + "\" ends in a hyphen");
      }
      if (text.matches("\\.\\p{L}{2,3}")) {
        problems.add("p. " + r.page() + ": \"" + text + "\" alone on a line");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theGradeColumnHoldsUngdomsuddannelserOnOneLine() {
    List<Run> gradeHeads = runs.stream().filter(r -> r.text().equals("MÅLGRUPPE")).toList();
    List<String> broken =
        runs.stream()
            .filter(
                r ->
                    gradeHeads.stream()
                        .anyMatch(h -> h.page() == r.page() && Math.abs(h.x() - r.x()) < 1))
            .filter(
                r -> {
                  String t = r.text().toLowerCase(Locale.ROOT);
                  return t.contains("ungdomsud") && !t.contains("ungdomsuddannelse");
                })
            .map(r -> "p. " + r.page() + ": " + r.text())
            .toList();
    assertThat(broken).isEmpty();
    assertThat(runs).anyMatch(r -> r.text().contains("Ungdomsuddannelser"));
  }

  @Test
  void everyOfferPrintsItsTitleWithItsTeaserAndThemesSeparatedUnambiguously() {
    String text = joinedText();
    List<String> missing = new ArrayList<>();
    for (Entry e : entries()) {
      for (OfferView o : e.place().offers()) {
        String teaser = e.teaser(o);
        String start = teaser.split(" ").length > 3 ? firstWords(teaser, 3) : teaser;
        if (!text.contains(squeezed(o.title() + " " + start))) {
          missing.add(e.place().name() + ": " + o.title() + " / " + start);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(text).contains(squeezed("Kultur, æstetik og fællesskab · "));
  }

  @Test
  void everyPlaceTypeOfASectionOpensWithItsHeadAboveItsFirstEntry() {
    List<String> problems = new ArrayList<>();
    int groups = 0;
    for (SectionPart s : model.sections()) {
      for (Entry e : s.entries()) {
        if (e.groupHead() == null) {
          continue;
        }
        groups++;
        Optional<Run> name = find(r -> isName(r) && e.place().name().startsWith(r.text()));
        boolean headed =
            name.isPresent()
                && pageRuns(name.get().page()).stream()
                    .anyMatch(
                        r ->
                            isGroupHead(r)
                                && r.text().equals(e.groupHead())
                                && r.y() < name.get().y());
        if (!headed) {
          problems.add(s.title() + ": " + e.groupHead() + " above " + e.place().name());
        }
      }
    }
    assertThat(problems).isEmpty();
    Set<Integer> entryPages = entryPages();
    assertThat(runs.stream().filter(r -> isGroupHead(r) && entryPages.contains(r.page())))
        .hasSize(groups);
  }

  @Test
  void qrCodesStandAtTheForeEdgeOnLeftAndRightHandPages() throws IOException {
    List<String> problems = new ArrayList<>();
    int versos = 0;
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      PDPage p = pdf.getPage(page - 1);
      float middle = p.getMediaBox().getWidth() / 2;
      for (float x : qrCentres(p)) {
        boolean left = page % 2 == 0;
        versos += left ? 1 : 0;
        if (left != x < middle) {
          problems.add("p. " + page + ": a QR code at " + Math.round(Units.ptToMm(x)) + " mm");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(versos).isGreaterThan(50);
  }

  // ---------- reading the pages ----------

  private record Run(int page, String text, float x, float y, float sizePt) {}

  private static List<Entry> entries() {
    return model.sections().stream().flatMap(s -> s.entries().stream()).toList();
  }

  /** Pages that hold an offer table. */
  private static Set<Integer> entryPages() {
    return runs.stream()
        .filter(CatalogueEntriesTest::isColumnHeader)
        .map(Run::page)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Run> pageRuns(int page) {
    return runs.stream().filter(r -> r.page() == page).toList();
  }

  /** The runs inside the type area, top to bottom. */
  private static List<Run> contentRuns(int page) {
    return pageRuns(page).stream()
        .filter(r -> r.y() > CONTENT_TOP_PT && r.y() < CONTENT_BOTTOM_PT)
        .sorted(Comparator.comparing(Run::y).thenComparing(Run::x))
        .toList();
  }

  private static Optional<Run> find(Predicate<Run> match) {
    return runs.stream().filter(match).findFirst();
  }

  private static boolean isColumnHeader(Run r) {
    return r.text().equals("TILBUD");
  }

  private static boolean isGroupHead(Run r) {
    return Math.abs(r.sizePt() - 13) < 0.3;
  }

  private static boolean isName(Run r) {
    return Math.abs(r.sizePt() - 14) < 0.3;
  }

  private static boolean isKicker(Run r) {
    return entries().stream()
        .map(Entry::place)
        .map(PlaceView::municipality)
        .anyMatch(m -> m.toUpperCase(Locale.ROOT).equals(r.text()));
  }

  private static String fullName(String firstLine) {
    return entries().stream()
        .map(e -> e.place().name())
        .filter(n -> n.startsWith(firstLine))
        .min(Comparator.comparing(String::length))
        .orElse(firstLine);
  }

  private static String joinedText() {
    StringBuilder text = new StringBuilder();
    for (Run r : runs) {
      String t = r.text();
      text.append(t.endsWith("-") ? t.substring(0, t.length() - 1) + "\u0000" : t + " ");
    }
    return squeezed(text.toString().replaceAll("\u0000 ?(?=\\p{Ll})", "").replace("\u0000", "-"));
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String firstWords(String text, int n) {
    String[] words = text.split(" ");
    return String.join(" ", Arrays.copyOf(words, n));
  }

  /** Every glyph run, split where a gap wider than {@link #COLUMN_GAP_PT} separates columns. */
  private static List<Run> runs(PDDocument doc) throws IOException {
    List<Run> found = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> run = new ArrayList<>();
            for (TextPosition g : positions) {
              if (!run.isEmpty() && gap(run.get(run.size() - 1), g) > COLUMN_GAP_PT) {
                add(run);
                run = new ArrayList<>();
              }
              run.add(g);
            }
            add(run);
          }

          private float gap(TextPosition a, TextPosition b) {
            return Math.abs(b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj()));
          }

          private void add(List<TextPosition> run) {
            String text = run.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
            if (!text.isBlank()) {
              TextPosition g = run.get(0);
              found.add(
                  new Run(
                      getCurrentPageNo(),
                      text.strip(),
                      g.getXDirAdj(),
                      g.getYDirAdj(),
                      g.getFontSize()));
            }
          }
        };
    stripper.setSortByPosition(false);
    stripper.getText(doc);
    return found;
  }

  /** The horizontal centres of the square forms a QR code's size (the entries' codes) on a page. */
  private static List<Float> qrCentres(PDPage page) throws IOException {
    List<Float> centres = new ArrayList<>();
    PDFStreamEngine engine =
        new PDFStreamEngine() {
          {
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
          }

          @Override
          public void showForm(PDFormXObject form) throws IOException {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix().clone();
            Matrix fm = form.getMatrix();
            Matrix at = fm.multiply(m);
            var box = form.getBBox();
            float w = box.getWidth() * at.getScalingFactorX();
            float h = box.getHeight() * at.getScalingFactorY();
            if (Math.abs(w - QR_PT) < 1.5 && Math.abs(h - QR_PT) < 1.5) {
              centres.add(
                  at.getTranslateX() + box.getLowerLeftX() * at.getScalingFactorX() + w / 2);
            } else {
              super.showForm(form);
            }
          }
        };
    engine.processPage(page);
    return centres;
  }
}
