package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.IndexPart;
import dk.skoletjenesten.katalog.catalogue.Views.PlaceGroup;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.Stage;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The three indexes at the back: by subject (fag and dagtilbud themes), by stage and by
 * municipality. Each names places (sorted by name) whose entry the page number points to; their
 * titles and intros are in {@code layouts/catalogue/indexes.html}.
 */
final class CatalogueIndexes {
  private final Registry registry;
  private final Collator collator;

  CatalogueIndexes(Registry registry, Collator collator) {
    this.registry = registry;
    this.collator = collator;
  }

  /** Keyed {@code fag}, {@code trin} and {@code kommune}; the templates hold titles and intros. */
  List<IndexPart> all() {
    return List.of(
        new IndexPart("fag", bySubject()),
        new IndexPart("trin", byStage()),
        new IndexPart("kommune", byMunicipality()));
  }

  private List<PlaceGroup> bySubject() {
    Map<String, List<Institution>> groups = new TreeMap<>(collator);
    for (Institution i : registry.publishedInstitutions()) {
      for (Offer o : registry.offersOf(i.id())) {
        o.subjects().forEach(s -> add(groups, s, i));
        o.themes().forEach(t -> add(groups, t, i));
      }
    }
    return groups(groups, Function.identity());
  }

  private List<PlaceGroup> byStage() {
    Map<Stage, List<Institution>> groups = new TreeMap<>();
    for (Institution i : registry.publishedInstitutions()) {
      registry.offersOf(i.id()).forEach(o -> o.stages().forEach(s -> add(groups, s, i)));
    }
    return groups(groups, Stage::label);
  }

  private List<PlaceGroup> byMunicipality() {
    Map<String, List<Institution>> groups = new TreeMap<>(collator);
    for (Institution i : registry.publishedInstitutions()) {
      add(groups, registry.requireMunicipality(i.municipality()).name(), i);
    }
    return groups(groups, Function.identity());
  }

  private static <K> void add(Map<K, List<Institution>> groups, K key, Institution i) {
    List<Institution> places = groups.computeIfAbsent(key, k -> new ArrayList<>());
    if (!places.contains(i)) {
      places.add(i);
    }
  }

  private <K> List<PlaceGroup> groups(
      Map<K, List<Institution>> groups, Function<K, String> heading) {
    Comparator<Institution> byName =
        Comparator.comparing(Institution::name, collator).thenComparing(Institution::id);
    return groups.entrySet().stream()
        .map(
            e ->
                new PlaceGroup(
                    heading.apply(e.getKey()),
                    e.getValue().stream().sorted(byName).map(CatalogueModeller::ref).toList()))
        .toList();
  }
}
