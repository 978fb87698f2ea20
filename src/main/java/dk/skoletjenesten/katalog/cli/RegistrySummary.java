package dk.skoletjenesten.katalog.cli;

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
