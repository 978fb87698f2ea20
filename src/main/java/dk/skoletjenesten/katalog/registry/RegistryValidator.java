package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checks that span files: unique ids, references between tables, images, orders. */
final class RegistryValidator {
  private final DataFolder folder;
  private final Diagnostics out;

  RegistryValidator(DataFolder folder, Diagnostics out) {
    this.folder = folder;
    this.out = out;
  }

  void validate(RegistryParts parts) {
    Set<Integer> codes = parts.municipalities().stream().map(Municipality::code).collect(Collectors.toSet());
    unique(parts.institutions(), Institution::id);
    unique(parts.offers(), Offer::id);
    unique(parts.schools(), School::id);
    Set<String> institutionIds = ids(parts.institutions(), Institution::id);
    Set<String> offerIds = ids(parts.offers(), Offer::id);
    for (Located<Institution> i : parts.institutions()) {
      municipality(i.row(), "municipality", i.value().municipality(), codes);
      image(i.row(), "logo", i.value().logo());
    }
    for (Located<Offer> o : parts.offers()) {
      if (!institutionIds.contains(o.value().institution())) {
        out.add(o.row().error("institution", "no institution with id " + Fields.quote(o.value().institution())));
      }
    }
    parts.schools().forEach(s -> municipality(s.row(), "municipality", s.value().municipality(), codes));
    withoutOffers(parts);
    new OrderValidator(parts, codes, institutionIds, offerIds).validate();
    parts.articles().forEach(a -> image(a.row(), "image", a.value().image()));
  }

  private <T> void unique(List<Located<T>> items, Function<T, String> id) {
    Map<String, Row> first = new HashMap<>();
    for (Located<T> item : items) {
      Row earlier = first.putIfAbsent(id.apply(item.value()), item.row());
      if (earlier != null) {
        out.add(item.row().error("id", "duplicate id " + Fields.quote(id.apply(item.value())) + " (first at " + earlier.where() + ")"));
      }
    }
  }

  private static <T> Set<String> ids(List<Located<T>> items, Function<T, String> id) {
    return items.stream().map(l -> id.apply(l.value())).collect(Collectors.toSet());
  }

  private void municipality(Row row, String field, int code, Set<Integer> codes) {
    if (!codes.contains(code)) {
      out.add(row.error(field, "no municipality with code " + code + " in municipalities.csv"));
    }
  }

  private void image(Row row, String field, String name) {
    if (name != null && !folder.exists("images/" + name)) {
      out.add(row.error(field, "no file images/" + name + " in the data folder"));
    }
  }

  private void withoutOffers(RegistryParts parts) {
    Set<String> withOffers = ids(parts.offers(), Offer::institution);
    parts.institutions().stream()
        .filter(i -> !withOffers.contains(i.value().id()))
        .forEach(i -> out.add(i.row().warning("id", Fields.quote(i.value().id()) + " has no offers and is left out of the publications")));
  }

  /** Checks the orders against the tables. */
  private final class OrderValidator {
    private final RegistryParts parts;
    private final Set<Integer> codes;
    private final Set<String> institutionIds;
    private final Set<String> offerIds;

    OrderValidator(RegistryParts parts, Set<Integer> codes, Set<String> institutionIds, Set<String> offerIds) {
      this.parts = parts;
      this.codes = codes;
      this.institutionIds = institutionIds;
      this.offerIds = offerIds;
    }

    void validate() {
      Map<Integer, Row> inserts = new HashMap<>();
      for (Located<InsertOrder> o : parts.inserts()) {
        InsertOrder order = o.value();
        common(o.row(), order.municipality(), order.copies(), inserts);
        image(o.row(), "logo", order.logo());
        references(o.row(), "$.include.institutions", order.includeInstitutions(), institutionIds, "institution");
        references(o.row(), "$.include.offers", order.includeOffers(), offerIds, "offer");
        references(o.row(), "$.exclude.offers", order.excludeOffers(), offerIds, "offer");
      }
      Map<Integer, Row> stickers = new HashMap<>();
      parts.stickers().forEach(o -> common(o.row(), o.value().municipality(), o.value().copies(), stickers));
    }

    private void common(Row row, int code, Integer copies, Map<Integer, Row> seen) {
      municipality(row, "municipality", code, codes);
      Row earlier = seen.putIfAbsent(code, row);
      if (earlier != null) {
        out.add(row.error("municipality", "municipality " + code + " already has an order in " + earlier.file()));
      }
      boolean hasSchools = parts.schools().stream().anyMatch(s -> s.value().municipality() == code);
      if (copies == null && codes.contains(code) && !hasSchools) {
        out.add(row.error("copies", "expected copies: no school in schools.csv is in municipality " + code));
      }
    }

    private void references(Row row, String path, List<String> ids, Set<String> known, String what) {
      for (int i = 0; i < ids.size(); i++) {
        if (!known.contains(ids.get(i))) {
          out.add(Diagnostic.errorAt(row.file(), path + "[" + i + "]", null, "no " + what + " with id " + Fields.quote(ids.get(i))));
        }
      }
    }
  }
}
