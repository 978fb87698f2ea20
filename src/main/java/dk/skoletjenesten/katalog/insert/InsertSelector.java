package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.format.Danish;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.Registry;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies an order's selection rules: the offers of institutions located in the municipality (when
 * {@code located_in_municipality}), plus all offers of the listed institutions, plus the listed
 * offers, minus the excluded offers. A place whose offers are all excluded is left out.
 */
final class InsertSelector {
  private InsertSelector() {}

  static InsertSelection select(Registry registry, InsertOrder order) {
    Set<String> offerIds = offerIds(registry, order);
    List<InsertSelection.Place> places =
        offerIds.stream()
            .map(registry::requireOffer)
            .map(Offer::institution)
            .distinct()
            .map(registry::requireInstitution)
            .sorted(printOrder())
            .map(i -> new InsertSelection.Place(i, offersOf(registry, i, offerIds)))
            .toList();
    return new InsertSelection(places);
  }

  /** The ids of the selected offers, in the order the rules add them. */
  private static Set<String> offerIds(Registry registry, InsertOrder order) {
    Set<String> offerIds = new LinkedHashSet<>();
    if (order.includeLocated()) {
      registry.publishedInstitutions().stream()
          .filter(i -> i.municipality() == order.municipality())
          .forEach(i -> registry.offersOf(i.id()).forEach(o -> offerIds.add(o.id())));
    }
    order
        .includeInstitutions()
        .forEach(id -> registry.offersOf(id).forEach(o -> offerIds.add(o.id())));
    offerIds.addAll(order.includeOffers());
    order.excludeOffers().forEach(offerIds::remove);
    return offerIds;
  }

  private static List<Offer> offersOf(
      Registry registry, Institution institution, Set<String> selected) {
    return registry.offersOf(institution.id()).stream()
        .filter(o -> selected.contains(o.id()))
        .toList();
  }

  private static Comparator<Institution> printOrder() {
    return Comparator.comparing(Institution::section)
        .thenComparing(Institution::name, Danish.collator())
        .thenComparing(Institution::id);
  }
}
