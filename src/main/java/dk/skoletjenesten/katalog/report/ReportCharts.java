package dk.skoletjenesten.katalog.report;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.draw.ChartProblem;
import dk.skoletjenesten.katalog.draw.ChartRenderer;
import dk.skoletjenesten.katalog.draw.ChartSpec;
import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.report.ReportModel.PlannedChart;
import dk.skoletjenesten.katalog.report.ReportViews.ChartView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sizes the report's charts: as wide as the text column, as high as {@link
 * ChartRenderer#naturalHeightMm} says, and checked at that size. A chart that cannot be drawn is an
 * error located at the field of its entry in report.json and naming its id, e.g. {@code
 * annual-report/report.json: $.charts[2].series[4].label: error: chart "partnerships": label
 * "Ungdomsuddannelser" does not fit in 3 lines of 12.0 mm at 6 pt}.
 */
final class ReportCharts {
  private final ChartRenderer renderer;

  ReportCharts(ChartRenderer renderer) {
    this.renderer = renderer;
  }

  /** The charts that can be drawn, sized, by id; an error in {@code diagnostics} for the others. */
  Map<String, ChartSpec> sized(List<PlannedChart> charts, String file, Diagnostics diagnostics) {
    Map<String, ChartSpec> sized = new LinkedHashMap<>();
    for (PlannedChart chart : charts) {
      Optional<ChartSpec> spec = natural(chart.spec());
      List<ChartProblem> problems = renderer.check(spec.orElse(chart.spec()));
      problems.forEach(p -> diagnostics.add(error(file, chart, p)));
      if (problems.isEmpty() && spec.isPresent()) {
        sized.put(chart.id(), spec.get());
      }
    }
    return sized;
  }

  /** The views the templates place, by chart id. */
  static Map<String, ChartView> views(Map<String, ChartSpec> sized) {
    Map<String, ChartView> views = new LinkedHashMap<>();
    sized.forEach(
        (id, spec) ->
            views.put(id, new ChartView(id, Artwork.chart(id), spec.widthMm(), spec.heightMm())));
    return views;
  }

  private Optional<ChartSpec> natural(ChartSpec spec) {
    try {
      return Optional.of(spec.withHeightMm(renderer.naturalHeightMm(spec)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Located at the field: {@code $.charts[2].series[4].label}, or the chart for its size. */
  private static Diagnostic error(String file, PlannedChart chart, ChartProblem problem) {
    String location = "$.charts[" + chart.index() + "]";
    if (!problem.field().isEmpty()) {
      location += "." + problem.field();
    }
    String message = "chart \"" + chart.id() + "\": " + problem.message();
    return Diagnostic.errorAt(file, location, null, message);
  }
}
