package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks that span files: unique ids, references between tables, images, orders. A reference is
 * checked only against a table that could be read, and against every id it declares, so one mistake
 * gives one message rather than a cascade.
 */
final class RegistryValidator {
  private final DataFolder folder;
  private final Diagnostics out;

  RegistryValidator(DataFolder folder, Diagnostics out) {
    this.folder = folder;
    this.out = out;
  }

  void validate(RegistryParts parts) {
    Set<Integer> codes =
        parts.municipalities().stream().map(Municipality::code).collect(Collectors.toSet());
    unique(parts.institutions().items(), Institution::id);
    unique(parts.offers().items(), Offer::id);
    unique(parts.schools().items(), School::id);
    for (Located<Institution> i : parts.institutions().items()) {
      municipality(i.row(), i.value().municipality(), codes);
      image(i.row(), "logo", i.value().logo());
    }
    parts.schools().items().forEach(s -> municipality(s.row(), s.value().municipality(), codes));
    if (parts.institutions().loaded()) {
      institutionsOfOffers(parts);
    }
    if (parts.offers().loaded()) {
      withoutOffers(parts);
    }
    new OrderValidator(parts, codes).validate();
    parts.articles().forEach(a -> image(a.row(), "image", a.value().image()));
  }

  private void institutionsOfOffers(RegistryParts parts) {
    Set<String> ids = parts.institutions().declared("id");
    for (Located<Offer> o : parts.offers().items()) {
      String institution = o.value().institution();
      if (!ids.contains(institution)) {
        out.add(
            o.row().error("institution", "no institution with id " + Fields.quote(institution)));
      }
    }
  }

  private <T> void unique(List<Located<T>> items, Function<T, String> id) {
    Map<String, Row> first = new HashMap<>();
    for (Located<T> item : items) {
      Row earlier = first.putIfAbsent(id.apply(item.value()), item.row());
      if (earlier != null) {
        out.add(
            item.row()
                .error(
                    "id",
                    "duplicate id "
                        + Fields.quote(id.apply(item.value()))
                        + " (first at "
                        + earlier.where()
                        + ")"));
      }
    }
  }

  /** Checks a code against municipalities.csv, when that could be read. */
  private void municipality(Row row, int code, Set<Integer> codes) {
    if (!codes.isEmpty() && !codes.contains(code)) {
      out.add(
          row.error(
              "municipality", "no municipality with code " + code + " in municipalities.csv"));
    }
  }

  private void image(Row row, String field, String name) {
    if (name != null) {
      folder.checkImage(row, field, name);
    }
  }

  private void withoutOffers(RegistryParts parts) {
    Set<String> withOffers = parts.offers().declared("institution");
    parts.institutions().items().stream()
        .filter(i -> !withOffers.contains(i.value().id()))
        .forEach(
            i ->
                out.add(
                    i.row()
                        .warning(
                            "id",
                            Fields.quote(i.value().id())
                                + " has no offers and is left out of the publications")));
  }

  /** Checks the orders against the tables. */
  private final class OrderValidator {
    private final RegistryParts parts;
    private final Set<Integer> codes;

    OrderValidator(RegistryParts parts, Set<Integer> codes) {
      this.parts = parts;
      this.codes = codes;
    }

    void validate() {
      Map<Integer, Row> inserts = new HashMap<>();
      parts.inserts().forEach(o -> insert(o.row(), o.value(), inserts));
      Map<Integer, Row> stickers = new HashMap<>();
      for (Located<StickerOrder> o : parts.stickers()) {
        common(o.row(), o.value().municipality(), o.value().copies(), stickers);
        new CopiesCheck(parts, out)
            .check(o.row(), o.value().municipality(), o.value().copies(), CopiesCheck.STICKERS);
      }
    }

    private void insert(Row row, InsertOrder order, Map<Integer, Row> seen) {
      common(row, order.municipality(), order.copies(), seen);
      new CopiesCheck(parts, out)
          .check(row, order.municipality(), order.copies(), CopiesCheck.INSERTS);
      image(row, "logo", order.logo());
      Table<Institution> institutions = parts.institutions();
      references(
          row, "$.include.institutions", order.includeInstitutions(), institutions, "institution");
      references(row, "$.include.offers", order.includeOffers(), parts.offers(), "offer");
      references(row, "$.exclude.offers", order.excludeOffers(), parts.offers(), "offer");
    }

    private void common(Row row, int code, Integer copies, Map<Integer, Row> seen) {
      municipality(row, code, codes);
      Row earlier = seen.putIfAbsent(code, row);
      if (earlier != null) {
        out.add(
            row.error(
                "municipality",
                "municipality " + code + " already has an order in " + earlier.file()));
      }
      boolean hasSchools =
          parts.schools().values().stream().anyMatch(s -> s.municipality() == code);
      if (copies == null && parts.schools().loaded() && !hasSchools) {
        out.add(
            row.error(
                "copies",
                "expected a number of copies, since no school in schools.csv is in municipality "
                    + code));
      }
    }

    private void references(Row row, String path, List<String> ids, Table<?> table, String what) {
      if (!table.loaded()) {
        return;
      }
      Set<String> known = table.declared("id");
      for (int i = 0; i < ids.size(); i++) {
        if (!known.contains(ids.get(i))) {
          out.add(
              Diagnostic.errorAt(
                  row.file(),
                  path + "[" + i + "]",
                  null,
                  "no " + what + " with id " + Fields.quote(ids.get(i))));
        }
      }
    }
  }
}
