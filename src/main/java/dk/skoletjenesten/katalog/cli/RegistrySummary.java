package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.registry.AnnualReport;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.Section;
import dk.skoletjenesten.katalog.registry.Stage;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The short overview that {@code katalog validate} prints after the diagnostics. */
final class RegistrySummary {
  private RegistrySummary() {}

  static void print(Registry registry, PrintWriter out) {
    List<Institution> published = registry.publishedInstitutions();
    int left = registry.institutions().size() - published.size();
    out.printf("Edition %s: %s%n", registry.edition().schoolYear(), registry.edition().title());
    out.printf(
        "Institutions with offers: %d%s%n",
        published.size(), left == 0 ? "" : " (" + left + " without offers left out)");
    for (Section section : Section.values()) {
      row(out, section.label(), published.stream().filter(i -> i.section() == section).count());
    }
    out.printf("Offers: %d%n", registry.offers().size());
    for (Stage stage : Stage.values()) {
      row(
          out,
          stage.label(),
          registry.offers().stream().filter(o -> o.stages().contains(stage)).count());
    }
    long places = published.stream().map(Institution::municipality).distinct().count();
    out.printf("Municipalities with places: %d of %d%n", places, registry.municipalities().size());
    out.printf("Copies: %d to %d schools%n", registry.totalCopies(), registry.schools().size());
    out.printf(
        "Insert orders: %s%n", names(registry, registry.insertOrders(), InsertOrder::municipality));
    out.printf(
        "Sticker orders: %s%n",
        names(registry, registry.stickerOrders(), StickerOrder::municipality));
    registry.findAnnualReport().ifPresent(report -> annualReport(report, out));
  }

  /**
   * {@code Annual report 2017-18: foreword and 7 sections, 4 charts, 22 key figures in 3 groups}.
   */
  private static void annualReport(AnnualReport report, PrintWriter out) {
    out.printf(
        "Annual report %s: %s%d sections, %d charts, %d key figures in %d %s%n",
        report.period(),
        report.findForeword().isPresent() ? "foreword and " : "",
        report.sections().size(),
        report.charts().size(),
        report.keyFigures().size(),
        report.figureGroups().size(),
        report.figureGroups().size() == 1 ? "group" : "groups");
  }

  private static void row(PrintWriter out, String label, long count) {
    out.printf("  %-40s %5d%n", label, count);
  }

  private static <T> String names(
      Registry registry, List<T> orders, Function<T, Integer> municipality) {
    if (orders.isEmpty()) {
      return "none";
    }
    return orders.size()
        + " ("
        + orders.stream()
            .map(o -> registry.requireMunicipality(municipality.apply(o)).shortName())
            .collect(Collectors.joining(", "))
        + ")";
  }
}
