package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.IndexPages.Group;
import dk.skoletjenesten.katalog.catalogue.IndexPages.Item;
import dk.skoletjenesten.katalog.catalogue.Views.IndexPart;
import dk.skoletjenesten.katalog.format.PlaceView;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.Stage;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The two indexes at the back: by subject (fag and dagtilbud themes) and by municipality. Each
 * names places (sorted by name with Danish collation) with the page of their entry and marks the
 * stages the place has offers for: under a subject, the stages of the offers in that subject. So a
 * teacher finds the places for a subject and a stage in one look; an index by stage alone would
 * list nearly every place under indskoling, mellemtrin and udskoling. Titles, intros and short
 * names are in {@code layouts/catalogue/indexes.html}.
 */
final class CatalogueIndexes {
  private static final String MUNICIPALITY = " Kommune";

  private final Registry registry;
  private final Collator collator;
  private final IndexPages pages;

  CatalogueIndexes(Registry registry, Collator collator, IndexPages pages) {
    this.registry = registry;
    this.collator = collator;
    this.pages = pages;
  }

  /** Keyed {@code fag} and {@code kommune}; the templates hold titles and intros. */
  List<IndexPart> all() {
    return List.of(
        pages.part("fag", bySubject(), true), pages.part("kommune", byMunicipality(), true));
  }

  private List<Group> bySubject() {
    Map<String, Map<Institution, Set<Stage>>> groups = new TreeMap<>(collator);
    for (Institution i : registry.publishedInstitutions()) {
      for (Offer o : registry.offersOf(i.id())) {
        o.subjects().forEach(s -> add(groups, s, i, o));
        o.themes().forEach(t -> add(groups, t, i, o));
      }
    }
    return groups(groups);
  }

  private List<Group> byMunicipality() {
    Map<String, Map<Institution, Set<Stage>>> groups = new TreeMap<>(collator);
    for (Institution i : registry.publishedInstitutions()) {
      String name = shortName(registry.requireMunicipality(i.municipality()).name());
      registry.offersOf(i.id()).forEach(o -> add(groups, name, i, o));
    }
    return groups(groups);
  }

  /** {@code Aarhus} for Aarhus Kommune: the index says once that its heads are municipalities. */
  static String shortName(String municipality) {
    return municipality.endsWith(MUNICIPALITY)
        ? municipality.substring(0, municipality.length() - MUNICIPALITY.length())
        : municipality;
  }

  private static void add(
      Map<String, Map<Institution, Set<Stage>>> groups, String key, Institution i, Offer o) {
    groups
        .computeIfAbsent(key, k -> new LinkedHashMap<>())
        .computeIfAbsent(i, p -> EnumSet.noneOf(Stage.class))
        .addAll(o.stages());
  }

  private List<Group> groups(Map<String, Map<Institution, Set<Stage>>> groups) {
    Comparator<Institution> byName =
        Comparator.comparing(Institution::name, collator).thenComparing(Institution::id);
    List<Group> list = new ArrayList<>();
    groups.forEach(
        (heading, places) ->
            list.add(
                new Group(
                    PrintText.clean(heading),
                    places.keySet().stream()
                        .sorted(byName)
                        .map(i -> item(i, places.get(i)::contains))
                        .toList())));
    return list;
  }

  private static Item item(Institution i, Predicate<Stage> has) {
    List<Boolean> stages = Arrays.stream(Stage.values()).map(has::test).toList();
    return new Item(PrintText.clean(i.name()), PlaceView.anchorOf(i), stages);
  }
}
