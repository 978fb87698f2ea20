package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.report.Report;
import dk.skoletjenesten.katalog.report.ReportBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The annual report booklet: {@code annual-report.pdf}, when the data folder has an {@code
 * annual-report/}; nothing otherwise.
 */
final class ReportPublisher implements Publisher {
  private final Path layoutsDir;
  private final Path fontsDir;

  ReportPublisher(Path layoutsDir, Path fontsDir) {
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
  }

  @Override
  public Product key() {
    return Product.ANNUAL_REPORT;
  }

  @Override
  public String name() {
    return "annual report";
  }

  /** The national annual report, whatever {@code municipalities} says. */
  @Override
  public List<BundleFile> publish(
      Registry registry, IntPredicate municipalities, Diagnostics diagnostics) {
    return registry
        .findAnnualReport()
        .flatMap(r -> new ReportBuilder(layoutsDir, fontsDir).build(registry, r, diagnostics))
        .map(ReportPublisher::file)
        .stream()
        .toList();
  }

  private static BundleFile file(Report report) {
    return BundleFile.builder("annual-report.pdf", Product.ANNUAL_REPORT)
        .title(report.title())
        .copies(report.copies())
        .pages(report.pageCount())
        .trimMm(report.trimWidthMm(), report.trimHeightMm())
        .content(report.pdf())
        .xhtml(report.xhtml())
        .build();
  }
}
