package dk.skoletjenesten.katalog.catalogue;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Lays out the national catalogue from a registry with the templates of {@code layouts/catalogue/}
 * and the fonts of {@code fonts/}. The interior is laid out first; once its page count is known the
 * padding pages are added and, for perfect binding, the cover spread is rendered in parallel on its
 * own renderer.
 */
public final class CatalogueBuilder {
  static final String LAYOUT = "catalogue";

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
            .fit(new CatalogueModeller(registry).model());
    PrintSpec print = registry.edition().print();
    AtomicReference<CompletableFuture<byte[]>> cover =
        new AtomicReference<>(CompletableFuture.completedFuture(null));
    RenderedPdf interior = renderer(registry).render(interior(registry, model, cover));
    if (interior.pageCount() % 4 != 0) {
      throw new IllegalStateException(
          "the catalogue has "
              + interior.pageCount()
              + " pages, not a multiple of 4: a notes page of layouts/catalogue/tail.html overflows its page");
    }
    byte[] coverPdf = join(cover.get());
    double spine = PageCount.spineWidthMm(interior.pageCount(), print.paperCaliperMm());
    return new Catalogue(
        interior.bytes(),
        interior.pageCount(),
        Optional.ofNullable(coverPdf),
        print.binding() == Binding.PERFECT ? spine : 0);
  }

  /**
   * The interior: once its pages are counted, the tail follows and the cover of a perfect-bound
   * book starts on its own thread, into {@code cover}.
   */
  private PdfJob interior(
      Registry registry, CatalogueModel model, AtomicReference<CompletableFuture<byte[]>> cover) {
    PrintSpec print = registry.edition().print();
    Path base = layoutsDir.resolve(LAYOUT);
    String main = templates.render(LAYOUT + "/catalogue", model.variables());
    return new PdfJob(
        main,
        base,
        model.geometry().boxes(),
        contentPages -> {
          int pages = PageCount.padded(contentPages + backCoverPages(print), print.binding());
          if (print.binding() == Binding.PERFECT) {
            cover.set(CompletableFuture.supplyAsync(() -> cover(registry, model, pages, base)));
          }
          return tail(model, print, contentPages, pages);
        });
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

  private byte[] cover(Registry registry, CatalogueModel model, int pages, Path base) {
    PrintSpec print = registry.edition().print();
    double spine = PageCount.spineWidthMm(pages, print.paperCaliperMm());
    CoverGeometry geometry =
        new CoverGeometry(print.trim().widthMm(), print.trim().heightMm(), print.bleedMm(), spine);
    Map<String, Object> vars = new HashMap<>(model.variables());
    vars.put("cover", geometry);
    String xhtml = templates.render(LAYOUT + "/cover", vars);
    byte[] spread = renderer(registry).render(PdfJob.of(xhtml, base, geometry.boxes())).bytes();
    if (spine < SpineTitle.MIN_SPINE_MM) {
      return spread;
    }
    var edition = registry.edition();
    String title =
        SpineTitle.text(edition.publisher().name(), edition.title(), edition.schoolYear());
    return spineTitle(spread, geometry, title);
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

  private static byte[] join(CompletableFuture<byte[]> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
