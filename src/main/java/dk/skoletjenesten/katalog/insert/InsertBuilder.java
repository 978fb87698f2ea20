package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.pdf.PdfJob;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.pdf.RenderedPdf;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.TrimSize;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

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
      diagnostics.add(
          Diagnostic.errorAt(
              file,
              "$.include",
              null,
              "the selection is empty: no offer is included, or every included offer is excluded"));
      return Optional.empty();
    }
    TrimSize trim = order.trim() == null ? TrimSize.A5 : order.trim();
    InsertModeller modeller = new InsertModeller(registry, order, selection, trim);
    InsertModel model = modeller.model();
    int densePages = 0;
    for (boolean dense : new boolean[] {false, true}) {
      Attempt attempt = render(registry, model, dense);
      if (attempt.pdf().isPresent()) {
        RenderedPdf pdf = attempt.pdf().get();
        int copies = order.findCopies().orElse(registry.copiesIn(order.municipality()));
        return Optional.of(
            new Insert(
                pdf.bytes(),
                pdf.pageCount(),
                trim.widthMm(),
                trim.heightMm(),
                copies,
                model.front().headline()));
      }
      densePages = attempt.pagesNeeded();
    }
    diagnostics.add(
        Diagnostic.errorAt(file, "$.include", null, tooLong(selection, trim, densePages)));
    return Optional.empty();
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

  private Attempt render(Registry registry, InsertModel model, boolean dense) {
    Path base = layoutsDir.resolve(LAYOUT);
    Map<String, Object> vars = model.variables(dense);
    AtomicInteger needed = new AtomicInteger();
    AtomicInteger printed = new AtomicInteger();
    PdfJob job =
        new PdfJob(
            templates.render(LAYOUT + "/insert", vars),
            base,
            model.geometry().boxes(),
            contentPages -> {
              needed.set(contentPages + 1);
              OptionalInt pages = InsertPages.padded(contentPages + 1);
              if (pages.isEmpty()) {
                return Optional.empty();
              }
              printed.set(pages.getAsInt());
              return Optional.of(tail(vars, pages.getAsInt() - contentPages - 1));
            });
    RenderedPdf pdf = new PdfRenderer(layoutsDir, fontsDir, registry.dataDir()).render(job);
    if (printed.get() == 0) {
      return new Attempt(Optional.empty(), needed.get());
    }
    if (pdf.pageCount() != printed.get()) {
      throw new IllegalStateException(
          "the insert has "
              + pdf.pageCount()
              + " pages, expected "
              + printed.get()
              + ": a padding or back page of layouts/insert/tail.html overflows its page");
    }
    return new Attempt(Optional.of(pdf), needed.get());
  }

  /** The padding pages (a planning page first, then notes pages) and the back page. */
  private String tail(Map<String, Object> vars, int padding) {
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < padding; i++) {
      pages.add(i == 0 ? "plan" : "notes");
    }
    Map<String, Object> tailVars = new HashMap<>(vars);
    tailVars.put("paddingPages", pages);
    return templates.render(LAYOUT + "/tail", tailVars);
  }
}
