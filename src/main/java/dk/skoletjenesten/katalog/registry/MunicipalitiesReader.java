package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads municipalities.csv and checks it against the reference list of the 98 municipalities. */
final class MunicipalitiesReader {
  private static final Set<String> COLUMNS =
      Set.of("code", "name", "short_name", "region", "portal_slug");
  private static final Pattern PORTAL_SLUG = Pattern.compile("[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*");
  private static final String PORTAL_SLUG_EXPECTED = "a lowercase slug of a-z, æøå, 0-9 and -";
  private static final TableReader<Municipality> TABLE =
      TableReader.csv("municipalities", COLUMNS, MunicipalitiesReader::municipality);

  private MunicipalitiesReader() {}

  /** The municipalities whose code is a Danish one and not taken by an earlier row. */
  static List<Municipality> read(DataFolder folder, Diagnostics out) {
    Map<Integer, Row> seen = new HashMap<>();
    return TABLE.read(folder, out).items().stream()
        .filter(m -> known(m, seen, out))
        .map(Located::value)
        .toList();
  }

  private static Optional<Municipality> municipality(Fields f) {
    Integer code = f.requiredMunicipalityCode("code");
    String name = f.requiredText("name", 100);
    String shortName = reported(f, "short_name");
    String region = reported(f, "region");
    Optional<String> slug = f.text("portal_slug", 100, PORTAL_SLUG, PORTAL_SLUG_EXPECTED);
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

  /** Both checks report; a municipality that fails either is left out. */
  private static boolean known(
      Located<Municipality> municipality, Map<Integer, Row> seen, Diagnostics out) {
    boolean reference = isReference(municipality, out);
    return isFirst(municipality, seen, out) && reference;
  }

  private static boolean isReference(Located<Municipality> located, Diagnostics out) {
    Municipality m = located.value();
    Optional<String> reference = ReferenceData.get().findMunicipalityName(m.code());
    if (reference.isEmpty()) {
      out.add(located.row().error("code", "no Danish municipality has the code " + m.code()));
      return false;
    }
    if (!reference.get().equals(m.name())) {
      out.add(
          located
              .row()
              .warning(
                  "name",
                  "the official name of "
                      + m.code()
                      + " is "
                      + Fields.quote(reference.get())
                      + ", got "
                      + Fields.quote(m.name())));
    }
    return true;
  }

  private static boolean isFirst(
      Located<Municipality> located, Map<Integer, Row> seen, Diagnostics out) {
    int code = located.value().code();
    Row first = seen.putIfAbsent(code, located.row());
    if (first != null) {
      out.add(
          located
              .row()
              .error("code", "duplicate code " + code + " (first at " + first.where() + ")"));
      return false;
    }
    return true;
  }
}
