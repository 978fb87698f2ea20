package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.pdf.PdfJob;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.pdf.RenderedPdf;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.TrimSize;
import dk.skoletjenesten.katalog.template.PageGeometry;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * Lays out a municipality's insert from its order with the templates of {@code layouts/insert/}:
 * front page, welcome page (intro, contact, contents), the selected places by section, designed
 * padding pages and the back page, saddle-stitched in 4 to 16 pages of the ordered trim (A5 unless
 * the order says {@code "trim": "A4"}).
 *
 * <p>The normal layout is tried first; when it needs more than 16 pages, the dense layout (smaller
 * type, places two by two, no place descriptions or per-place QR codes; every offer keeps its
 * teaser and facts). When that does not fit either, or the selection is empty, the order gets an
 * error and no insert is made: content is never cut.
 */
public final class InsertBuilder {
  static final String LAYOUT = "insert";
  private static final String EMPTY_SELECTION =
      "the selection is empty: no offer is included, or every included offer is excluded";

  /** The notes box's margin, kicker and hint above its rules, with a rule to spare, A5. */
  private static final double END_NOTES_HEAD_MM = 26;

  private static final double RULE_MM = 9;
  private static final int MIN_END_NOTES_RULES = 3;

  private final Path layoutsDir;
  private final Path fontsDir;
  private final TemplateRenderer templates;

  public InsertBuilder(Path layoutsDir, Path fontsDir) {
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
    this.templates = new TemplateRenderer(layoutsDir);
  }

  /**
   * The insert for {@code order}, or empty with an error located at the order file in {@code
   * diagnostics}.
   */
  public Optional<Insert> build(Registry registry, InsertOrder order, Diagnostics diagnostics) {
    String file = registry.dataDir().resolve(order.file()).toString();
    InsertSelection selection = InsertSelector.select(registry, order);
    if (selection.isEmpty()) {
      diagnostics.add(Diagnostic.errorAt(file, "$.include", null, EMPTY_SELECTION));
      return Optional.empty();
    }
    TrimSize trim = order.trim() == null ? TrimSize.A5 : order.trim();
    InsertModel model = new InsertModeller(registry, order, selection, trim).model();
    Attempt normal = render(registry, model, false);
    Attempt attempt = normal.pdf().isPresent() ? normal : render(registry, model, true);
    if (attempt.pdf().isEmpty()) {
      String message = tooLong(selection, trim, attempt.pagesNeeded());
      diagnostics.add(Diagnostic.errorAt(file, "$.include", null, message));
      return Optional.empty();
    }
    return Optional.of(insert(registry, order, model, attempt.pdf().get()));
  }

  private static Insert insert(
      Registry registry, InsertOrder order, InsertModel model, RenderedPdf pdf) {
    int copies = order.findCopies().orElse(registry.copiesIn(order.municipality()));
    PageGeometry page = model.geometry();
    return new Insert(
        pdf.bytes(),
        pdf.pageCount(),
        page.trimWidthMm(),
        page.trimHeightMm(),
        copies,
        model.front().headline(),
        pdf.xhtml());
  }

  static String tooLong(InsertSelection selection, TrimSize trim, int densePages) {
    String advice =
        "A4".equals(trim.name())
            ? "leave places or offers out with \"exclude\""
            : "leave places or offers out with \"exclude\", or order \"trim\": \"A4\"";
    return "the selection ("
        + selection.placeCount()
        + " places, "
        + selection.offerCount()
        + " offers) does not fit "
        + InsertPages.MAX_PAGES
        + " "
        + trim.describe()
        + " pages even in the dense layout, which needs "
        + densePages
        + " pages; "
        + advice;
  }

  /** A rendered insert, or the number of pages (back page included) that did not fit. */
  private record Attempt(Optional<RenderedPdf> pdf, int pagesNeeded) {}

  /**
   * The insert in one layout. When its last page of places is less than two thirds full, it is laid
   * out again with a notes box filling the rest of that page: designed space, not an empty page.
   */
  private Attempt render(Registry registry, InsertModel model, boolean dense) {
    Map<String, Object> vars = model.variables(dense);
    Attempt first = render(registry, model, vars);
    if (first.pdf().isEmpty()) {
      return first;
    }
    int rules = endNotesRules(model.geometry(), first);
    if (rules == 0) {
      return first;
    }
    vars.put(InsertModel.END_NOTES, rules);
    Attempt filled = render(registry, model, vars);
    return filled.pdf().isPresent() && filled.pagesNeeded() == first.pagesNeeded() ? filled : first;
  }

  /**
   * How many ruled lines fill the free space at the foot of the last page of places, or 0 when it
   * is at least two thirds full or there is room for fewer than {@value #MIN_END_NOTES_RULES}. The
   * margins are those of layouts/insert/parts.html, the sizes those of .end-notes and .rule in
   * insert.css (A4 scales them by 1.4).
   */
  private static int endNotesRules(PageGeometry page, Attempt attempt) {
    double scale = page.a4() ? 1.4 : 1.0;
    double top = page.bleedMm() + 13 * scale;
    double bottom = page.bleedMm() + page.trimHeightMm() - 17 * scale;
    int lastPage = attempt.pagesNeeded() - 1;
    double lowest = PageFill.lowestTextMm(attempt.pdf().get().bytes(), lastPage, bottom);
    double free = bottom - Math.max(lowest, top);
    if (free < (bottom - top) / 3) {
      return 0;
    }
    int rules = (int) ((free - END_NOTES_HEAD_MM * scale) / (RULE_MM * scale));
    return rules >= MIN_END_NOTES_RULES ? rules : 0;
  }

  private Attempt render(Registry registry, InsertModel model, Map<String, Object> vars) {
    Tail tail = new Tail(vars);
    String xhtml = templates.render(LAYOUT + "/insert", vars);
    PdfJob job = new PdfJob(xhtml, layoutsDir.resolve(LAYOUT), model.geometry().boxes(), tail);
    RenderedPdf pdf = new PdfRenderer(layoutsDir, fontsDir, registry.dataDir()).render(job);
    if (tail.printed == 0) {
      return new Attempt(Optional.empty(), tail.needed);
    }
    if (pdf.pageCount() != tail.printed) {
      throw new IllegalStateException(
          "the insert has "
              + pdf.pageCount()
              + " pages, expected "
              + tail.printed
              + ": a padding or back page of layouts/insert/tail.html overflows its page");
    }
    return new Attempt(Optional.of(pdf), tail.needed);
  }

  /**
   * The continuation of the main document: once its pages are counted, the padding and back pages
   * up to the printed count, or none when that is above the maximum. Remembers the pages needed
   * (back page included) and printed (0 when none).
   */
  private final class Tail implements IntFunction<Optional<String>> {
    private final Map<String, Object> vars;
    private int needed;
    private int printed;

    Tail(Map<String, Object> vars) {
      this.vars = vars;
    }

    @Override
    public Optional<String> apply(int contentPages) {
      needed = contentPages + 1;
      OptionalInt pages = InsertPages.padded(needed);
      if (pages.isEmpty()) {
        return Optional.empty();
      }
      printed = pages.getAsInt();
      return Optional.of(tail(vars, printed - needed, needed % 2 == 0));
    }
  }

  /**
   * The padding pages (a planning page first, then notes pages) and the back page; {@code
   * startsLeft} when the first of them is an even (left-hand) page of the insert.
   */
  private String tail(Map<String, Object> vars, int padding, boolean startsLeft) {
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < padding; i++) {
      pages.add(i == 0 ? "plan" : "notes");
    }
    Map<String, Object> tailVars = new HashMap<>(vars);
    tailVars.put("paddingPages", pages);
    tailVars.put("tailStartsLeft", startsLeft);
    return templates.render(LAYOUT + "/tail", tailVars);
  }
}
