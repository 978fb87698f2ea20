package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads municipalities.csv and checks it against the reference list of the 98 municipalities. */
final class MunicipalitiesReader {
  private static final String FILE = "municipalities.csv";
  private static final Set<String> COLUMNS =
      Set.of("code", "name", "short_name", "region", "portal_slug");
  private static final Pattern PORTAL_SLUG = Pattern.compile("[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*");
  private static final String PORTAL_SLUG_EXPECTED = "a lowercase slug of a-z, æøå, 0-9 and -";

  private MunicipalitiesReader() {}

  /** The municipalities whose code is a Danish one and not taken by an earlier row. */
  static List<Municipality> read(DataFolder folder, Diagnostics out) {
    Map<Integer, Row> seen = new HashMap<>();
    Table<Municipality> table =
        TableReader.csv("municipalities", COLUMNS, f -> municipality(f, seen)).read(folder, out);
    // when a row's code is itself wrong, that row's message is the one for the mistake
    if (table.loaded() && table.items().size() == table.rows().size()) {
      requireAll(folder, seen.keySet(), out);
    }
    return table.values();
  }

  /** One error naming the municipalities of the reference list that the file leaves out. */
  private static void requireAll(DataFolder folder, Set<Integer> codes, Diagnostics out) {
    List<Integer> missing =
        ReferenceData.get().municipalityCodes().stream().filter(c -> !codes.contains(c)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String named =
        missing.stream()
            .limit(5)
            .map(c -> c + " " + ReferenceData.get().findMunicipalityName(c).orElseThrow())
            .collect(Collectors.joining(", "));
    String more = missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "";
    int all = ReferenceData.get().municipalityCodes().size();
    out.add(
        Diagnostic.error(
            folder.display(FILE),
            0,
            null,
            "expected all "
                + all
                + " municipalities, got "
                + (all - missing.size())
                + "; missing "
                + named
                + more));
  }

  private static Optional<Municipality> municipality(Fields f, Map<Integer, Row> seen) {
    Integer code = f.requiredMunicipalityCode("code");
    String name = f.requiredText("name", 100);
    String shortName = reported(f, "short_name");
    String region = reported(f, "region");
    Optional<String> slug = f.text("portal_slug", 100, PORTAL_SLUG, PORTAL_SLUG_EXPECTED);
    if (!f.rejected()) {
      checkReference(f, code, name);
      checkUnique(f, code, seen);
    }
    return f.build(() -> new Municipality(code, name, shortName, region, slug.orElse(null)));
  }

  /**
   * A name that must be there, but whose absence does not hide the row's code from the references
   * to it: it is reported, and the row keeps its record.
   */
  private static String reported(Fields f, String key) {
    if (!f.present(key)) {
      f.error(key, "expected a value, got nothing");
    }
    return f.text(key, 100).orElse(null);
  }

  private static void checkReference(Fields f, int code, String name) {
    Optional<String> reference = ReferenceData.get().findMunicipalityName(code);
    if (reference.isEmpty()) {
      f.reject("code", "no Danish municipality has the code " + code);
    } else if (!reference.get().equals(name)) {
      String official = "the official name of " + code + " is " + Fields.quote(reference.get());
      f.error("name", official + ", got " + Fields.quote(name));
    }
  }

  private static void checkUnique(Fields f, int code, Map<Integer, Row> seen) {
    Row first = seen.putIfAbsent(code, f.row());
    if (first != null) {
      f.reject("code", "duplicate code " + code + " (first at " + first.where() + ")");
    }
  }
}
