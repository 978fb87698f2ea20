package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.Entry;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.catalogue.Views.SectionPart;
import dk.skoletjenesten.katalog.draw.SpineTitle;
import dk.skoletjenesten.katalog.pdf.PdfJob;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.pdf.RenderException;
import dk.skoletjenesten.katalog.pdf.RenderedPdf;
import dk.skoletjenesten.katalog.registry.PrintSpec;
import dk.skoletjenesten.katalog.registry.PrintSpec.Binding;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Lays out the national catalogue from a registry with the templates of {@code layouts/catalogue/}
 * and the fonts of {@code fonts/}. A first layout finds where the sections fall and so where the
 * designed padding goes ({@link Pacing}), and which entries' facts fall on left-hand pages; then
 * the interior is laid out with both; once its page count is known the padding pages are added and,
 * for perfect binding, the cover spread is rendered in parallel on its own renderer.
 */
public final class CatalogueBuilder {
  static final String LAYOUT = "catalogue";

  /** The id of an entry's facts table ({@code entry.html}): this prefix and the entry's anchor. */
  static final String FACTS_ID_PREFIX = "q-";

  private final Path layoutsDir;
  private final Path fontsDir;
  private final TemplateRenderer templates;

  public CatalogueBuilder(Path layoutsDir, Path fontsDir) {
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
    this.templates = new TemplateRenderer(layoutsDir);
  }

  public Catalogue build(Registry registry) {
    CatalogueModel model =
        new ArticleFitter(
                templates, renderer(registry), layoutsDir.resolve(LAYOUT), registry.imagesDir())
            .fit(new CatalogueModeller(registry, new IndexFonts(fontsDir)).model());
    PrintSpec print = registry.edition().print();
    AtomicReference<CompletableFuture<RenderedPdf>> cover =
        new AtomicReference<>(CompletableFuture.completedFuture(null));
    Map<String, Integer> probePages = new HashMap<>();
    Pacing pacing = pacing(registry, model, probePages);
    Set<String> versos = predictedVersos(model, pacing, probePages);
    AtomicInteger revisions = new AtomicInteger();
    RenderedPdf interior =
        renderer(registry).render(interior(registry, model, pacing, versos, cover, revisions));
    if (interior.pageCount() % 4 != 0) {
      throw new IllegalStateException(
          "the catalogue has "
              + interior.pageCount()
              + " pages, not a multiple of 4: a notes page of layouts/catalogue/tail.html overflows its page");
    }
    Optional<RenderedPdf> coverPdf = Optional.ofNullable(join(cover.get()));
    double spine = PageCount.spineWidthMm(interior.pageCount(), print.paperCaliperMm());
    return new Catalogue(
        interior.bytes(),
        interior.pageCount(),
        coverPdf.map(RenderedPdf::bytes),
        print.binding() == Binding.PERFECT ? spine : 0,
        2 + revisions.get(),
        interior.xhtml(),
        coverPdf.map(RenderedPdf::xhtml));
  }

  /**
   * The sections' padding, from a first layout that finds where each section begins and ends
   * ({@link SectionPages}); {@code pageOfId} gets the page of every element id in it.
   */
  private Pacing pacing(Registry registry, CatalogueModel model, Map<String, Integer> pageOfId) {
    String probe = templates.render(LAYOUT + "/catalogue", model.variables(Pacing.PROBE));
    Path base = layoutsDir.resolve(LAYOUT);
    PdfJob job =
        new PdfJob(
            probe,
            base,
            model.geometry().boxes(),
            pages -> Optional.empty(),
            pages -> {
              pageOfId.putAll(pages);
              return Optional.empty();
            });
    byte[] first = renderer(registry).render(job).bytes();
    return SectionPages.read(first, PageFrame.CATALOGUE, model.geometry())
        .pacing(model.sections(), PageFrame.CATALOGUE, model.geometry());
  }

  /**
   * The entries whose facts will fall on a left-hand page, from where the first layout put them:
   * padding pages come only before openers and shift what follows by whole pages, and house ads
   * fill free feet without moving anything, so an entry's page is its first-layout page plus the
   * padding pages before its section. The main layout checks this and is revised if it is wrong
   * (one layout more); right, it saves that layout. Empty when the first layout lacks an entry.
   */
  static Set<String> predictedVersos(
      CatalogueModel model, Pacing pacing, Map<String, Integer> probePageOfId) {
    Map<String, Integer> pages = new HashMap<>();
    int shift = 0;
    for (SectionPart section : model.sections()) {
      if (pacing.gapBefore(section.number())) {
        shift++;
      }
      for (Entry entry : section.entries()) {
        String id = FACTS_ID_PREFIX + entry.place().anchor();
        Integer page = probePageOfId.get(id);
        if (page == null) {
          return Set.of();
        }
        pages.put(id, page + shift);
      }
    }
    return versos(model, pages);
  }

  /**
   * The interior: once its pages are counted, the tail follows and the cover of a perfect-bound
   * book starts on its own thread, into {@code cover}; {@code revisions} counts the layouts after
   * the first (when the facts of an entry fall on another side than {@code predictedVersos} says).
   */
  private PdfJob interior(
      Registry registry,
      CatalogueModel model,
      Pacing pacing,
      Set<String> predictedVersos,
      AtomicReference<CompletableFuture<RenderedPdf>> cover,
      AtomicInteger revisions) {
    PrintSpec print = registry.edition().print();
    Path base = layoutsDir.resolve(LAYOUT);
    AtomicReference<Set<String>> versos = new AtomicReference<>(predictedVersos);
    return new PdfJob(
        main(model, pacing, versos.get()),
        base,
        model.geometry().boxes(),
        contentPages -> {
          int pages = PageCount.padded(contentPages + backCoverPages(print), print.binding());
          if (print.binding() == Binding.PERFECT) {
            cover.set(CompletableFuture.supplyAsync(() -> cover(registry, model, pages, base)));
          }
          return tail(model, print, contentPages, pages);
        },
        pageOfId -> {
          Set<String> found = versos(model, pageOfId);
          if (found.equals(versos.get())) {
            return Optional.empty();
          }
          versos.set(found);
          revisions.incrementAndGet();
          return Optional.of(main(model, pacing, found));
        });
  }

  /**
   * The main document with its padding, the entries of {@code versos} laid out for a left-hand
   * page.
   */
  private String main(CatalogueModel model, Pacing pacing, Set<String> versos) {
    Map<String, Object> vars = new HashMap<>(model.variables(pacing));
    vars.put("versos", versos);
    return templates.render(LAYOUT + "/catalogue", vars);
  }

  /**
   * The anchors of the entries whose facts (and QR code) the layout put on a left-hand (even) page.
   * The side only mirrors the facts' columns, which keep their widths, so a revision with these
   * does not move anything to another page (at most one revision is needed).
   */
  static Set<String> versos(CatalogueModel model, Map<String, Integer> pageOfId) {
    Set<String> versos = new TreeSet<>();
    for (SectionPart section : model.sections()) {
      for (Entry entry : section.entries()) {
        String anchor = entry.place().anchor();
        Integer page = pageOfId.get(FACTS_ID_PREFIX + anchor);
        if (page == null) {
          throw new IllegalStateException("the layout lost the facts of the entry " + anchor);
        }
        if (page % 2 == 0) {
          versos.add(anchor);
        }
      }
    }
    return versos;
  }

  private static int backCoverPages(PrintSpec print) {
    return print.binding() == Binding.SADDLE_STITCH ? 1 : 0;
  }

  /** Notes pages up to the padded count, then the back cover of a saddle-stitched book. */
  private Optional<String> tail(
      CatalogueModel model, PrintSpec print, int contentPages, int pages) {
    int notes = pages - contentPages - backCoverPages(print);
    if (notes == 0 && backCoverPages(print) == 0) {
      return Optional.empty();
    }
    Map<String, Object> vars = new HashMap<>(model.variables());
    vars.put("notePages", IntStream.rangeClosed(1, notes).boxed().toList());
    vars.put("startsOnLeft", (contentPages + 1) % 2 == 0);
    vars.put("backCover", backCoverPages(print) == 1);
    return Optional.of(templates.render(LAYOUT + "/tail", vars));
  }

  private RenderedPdf cover(Registry registry, CatalogueModel model, int pages, Path base) {
    PrintSpec print = registry.edition().print();
    double spine = PageCount.spineWidthMm(pages, print.paperCaliperMm());
    CoverGeometry geometry =
        new CoverGeometry(print.trim().widthMm(), print.trim().heightMm(), print.bleedMm(), spine);
    Map<String, Object> vars = new HashMap<>(model.variables());
    vars.put("cover", geometry);
    String xhtml = templates.render(LAYOUT + "/cover", vars);
    RenderedPdf spread = renderer(registry).render(PdfJob.of(xhtml, base, geometry.boxes()));
    if (spine < SpineTitle.MIN_SPINE_MM) {
      return spread;
    }
    var edition = registry.edition();
    String title =
        SpineTitle.text(edition.publisher().name(), edition.title(), edition.schoolYear());
    return new RenderedPdf(
        spineTitle(spread.bytes(), geometry, title), spread.pageCount(), spread.xhtml());
  }

  private byte[] spineTitle(byte[] spread, CoverGeometry geometry, String title) {
    try {
      return new SpineTitle(
              title, geometry.spineMm(), geometry.spineCentreXMm(), geometry.spineCentreYMm())
          .drawOn(spread, fontsDir);
    } catch (IOException | IllegalArgumentException e) {
      throw new RenderException(
          "cannot print \"" + title + "\" on the spine: " + e.getMessage(), e);
    }
  }

  private PdfRenderer renderer(Registry registry) {
    return new PdfRenderer(layoutsDir, fontsDir, registry.dataDir());
  }

  private static RenderedPdf join(CompletableFuture<RenderedPdf> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
