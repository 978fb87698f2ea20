package dk.skoletjenesten.katalog.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.chart.ChartKind;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.draw.ChartRenderer;
import dk.skoletjenesten.katalog.draw.ChartSpec;
import dk.skoletjenesten.katalog.report.ReportModel.PlannedChart;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportChartsTest {
  private static final String FILE = "data/annual-report/report.json";
  private final ReportCharts charts = new ReportCharts(new ChartRenderer(Path.of("fonts")));

  private static PlannedChart column(double widthMm) {
    List<ChartSpec.Point> points =
        List.of(
            new ChartSpec.Point("Dagtilbud", 4),
            new ChartSpec.Point("Skoler", 48),
            new ChartSpec.Point("Ungdomsuddannelser", 4),
            new ChartSpec.Point("Videregående uddannelser", 7),
            new ChartSpec.Point("Kommuner", 28));
    ChartSpec spec = new ChartSpec(ChartKind.COLUMN, "Partnerskaber", "%", "", points, widthMm, 1);
    return new PlannedChart("partnerships", 2, spec);
  }

  @Test
  void aChartIsDrawnAsWideAsPlannedAndAsHighAsItNeeds() {
    Diagnostics diagnostics = new Diagnostics();

    var sized = charts.sized(List.of(column(150)), FILE, diagnostics);

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(sized.get("partnerships").widthMm()).isEqualTo(150);
    assertThat(sized.get("partnerships").heightMm()).isBetween(30.0, 120.0);
    assertThat(ReportCharts.views(sized).get("partnerships").style())
        .startsWith("width: 150mm; height: ");
  }

  @Test
  void aChartThatDoesNotFitItsColumnIsAnErrorAtTheFieldNamingIt() {
    Diagnostics diagnostics = new Diagnostics();

    var sized = charts.sized(List.of(column(60)), FILE, diagnostics);

    assertThat(sized).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::toString)
        .containsExactly(
            FILE
                + ": $.charts[2].series[2].label: error: chart \"partnerships\": label"
                + " \"Ungdomsuddannelser\" does not fit in 3 lines of 10.0 mm at 6 pt",
            FILE
                + ": $.charts[2].series[3].label: error: chart \"partnerships\": label"
                + " \"Videregående uddannelser\" does not fit in 3 lines of 10.0 mm at 6 pt",
            FILE
                + ": $.charts[2].series[4].label: error: chart \"partnerships\": label"
                + " \"Kommuner\" does not fit in 3 lines of 10.0 mm at 6 pt");
  }
}
