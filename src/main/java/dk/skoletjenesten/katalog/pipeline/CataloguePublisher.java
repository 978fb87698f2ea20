package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.catalogue.Catalogue;
import dk.skoletjenesten.katalog.catalogue.CatalogueBuilder;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.PrintSpec;
import dk.skoletjenesten.katalog.registry.Registry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The national catalogue: {@code catalogue.pdf} (the interior) and, for perfect binding, {@code
 * catalogue-cover.pdf} (the cover spread, as wide as back + spine + front), both printed in the
 * national run (the copies of {@code schools.csv}).
 */
final class CataloguePublisher implements Publisher {
  /** About what staples hold on ordinary uncoated paper (24 sheets folded). */
  static final int MAX_SADDLE_STITCH_PAGES = 96;

  private final Path layoutsDir;
  private final Path fontsDir;

  CataloguePublisher(Path layoutsDir, Path fontsDir) {
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
  }

  @Override
  public Product key() {
    return Product.CATALOGUE;
  }

  @Override
  public String name() {
    return "catalogue";
  }

  /** The national catalogue, whatever {@code municipalities} says. */
  @Override
  public List<BundleFile> publish(
      Registry registry, IntPredicate municipalities, Diagnostics diagnostics) {
    Catalogue catalogue = new CatalogueBuilder(layoutsDir, fontsDir).build(registry);
    PrintSpec print = registry.edition().print();
    if (print.binding() == PrintSpec.Binding.SADDLE_STITCH
        && catalogue.pageCount() > MAX_SADDLE_STITCH_PAGES) {
      diagnostics.add(
          Diagnostic.warningAt(
              registry.dataDir().resolve("edition.json").toString(),
              "$.print",
              "binding",
              "saddle-stitched catalogue of "
                  + catalogue.pageCount()
                  + " pages; staples hold about "
                  + MAX_SADDLE_STITCH_PAGES
                  + " pages at most: consider \"binding\": \"perfect\""));
    }
    int copies = registry.totalCopies();
    List<BundleFile> files = new ArrayList<>();
    String title = registry.edition().title() + " " + registry.edition().schoolYear();
    files.add(
        BundleFile.builder("catalogue.pdf", Product.CATALOGUE)
            .title(title)
            .copies(copies)
            .pages(catalogue.pageCount())
            .trimMm(print.trim().widthMm(), print.trim().heightMm())
            .content(catalogue.interiorPdf())
            .xhtml(catalogue.interiorXhtml())
            .build());
    catalogue
        .coverPdf()
        .ifPresent(
            cover ->
                files.add(
                    BundleFile.builder("catalogue-cover.pdf", Product.CATALOGUE_COVER)
                        .title(title + ", omslag")
                        .copies(copies)
                        .pages(1)
                        .trimMm(
                            2 * print.trim().widthMm() + catalogue.spineWidthMm(),
                            print.trim().heightMm())
                        .content(cover)
                        .xhtml(catalogue.coverXhtml().orElseThrow())
                        .build()));
    return files;
  }
}
