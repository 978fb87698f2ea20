package dk.skoletjenesten.katalog.report;

import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.draw.ChartRenderer;
import dk.skoletjenesten.katalog.draw.ChartSpec;
import dk.skoletjenesten.katalog.pdf.PdfJob;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.pdf.RenderedPdf;
import dk.skoletjenesten.katalog.registry.AnnualReport;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Lays out the annual report booklet with the templates of {@code layouts/report/}: front cover,
 * inside cover, foreword, contents, the sections (Markdown, pull quotes, key figures and vector
 * charts where their placeholders stand), the people, designed key-figure pages up to a multiple of
 * 4 and the back cover, saddle-stitched.
 */
public final class ReportBuilder {
  static final String LAYOUT = "report";

  private final Path layoutsDir;
  private final Path fontsDir;
  private final TemplateRenderer templates;

  public ReportBuilder(Path layoutsDir, Path fontsDir) {
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
    this.templates = new TemplateRenderer(layoutsDir);
  }

  /**
   * The booklet, or empty with the errors (a chart that cannot be drawn) in {@code diagnostics}.
   */
  public Optional<Report> build(Registry registry, AnnualReport report, Diagnostics diagnostics) {
    ReportModeller modeller = new ReportModeller(registry.edition(), report);
    ReportModel model = modeller.model();
    String file = registry.dataDir().resolve(model.sourceFile()).toString();
    Diagnostics found = new Diagnostics();
    Map<String, ChartSpec> charts =
        new ReportCharts(new ChartRenderer(fontsDir)).sized(model.charts(), file, found);
    diagnostics.addAll(found.sorted());
    if (found.hasErrors()) {
      return Optional.empty();
    }
    Map<String, Object> vars = model.variables();
    vars.put("charts", ReportCharts.views(charts));
    RenderedPdf pdf = render(registry, model, vars, charts);
    return Optional.of(
        new Report(
            pdf.bytes(),
            pdf.pageCount(),
            model.geometry().trimWidthMm(),
            model.geometry().trimHeightMm(),
            modeller.title(),
            modeller.copies(),
            pdf.xhtml()));
  }

  private RenderedPdf render(
      Registry registry,
      ReportModel model,
      Map<String, Object> vars,
      Map<String, ChartSpec> charts) {
    String xhtml = templates.render(LAYOUT + "/report", vars);
    int[] printed = new int[1];
    PdfJob job =
        new PdfJob(
            xhtml,
            layoutsDir.resolve(LAYOUT),
            model.geometry().boxes(),
            contentPages -> {
              printed[0] = ReportPages.padded(contentPages + 1);
              return Optional.of(tail(vars, printed[0] - contentPages - 1));
            });
    RenderedPdf pdf = new PdfRenderer(layoutsDir, fontsDir, registry.dataDir(), charts).render(job);
    if (pdf.pageCount() != printed[0]) {
      throw new IllegalStateException(
          "the annual report has "
              + pdf.pageCount()
              + " pages, expected "
              + printed[0]
              + ": a page of layouts/report/tail.html overflows its page");
    }
    return pdf;
  }

  /** The designed padding pages (one key figure each) and the back cover. */
  private String tail(Map<String, Object> vars, int padding) {
    Map<String, Object> tailVars = new HashMap<>(vars);
    List<Integer> pages = IntStream.range(0, padding).boxed().toList();
    tailVars.put("paddingPages", pages);
    return templates.render(LAYOUT + "/tail", tailVars);
  }
}
