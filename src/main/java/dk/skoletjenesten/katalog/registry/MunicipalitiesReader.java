package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads municipalities.csv and checks it against the reference list of the 98 municipalities. */
final class MunicipalitiesReader {
  private static final Set<String> REQUIRED =
      Set.of("code", "name", "short_name", "region", "portal_slug");
  private static final Pattern PORTAL_SLUG = Pattern.compile("[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*");

  private MunicipalitiesReader() {}

  static List<Municipality> read(DataFolder folder, Diagnostics out) {
    List<Municipality> municipalities = new ArrayList<>();
    Map<Integer, Row> seen = new HashMap<>();
    for (Row row :
        folder.readTable("municipalities", REQUIRED, Set.of(), false).orElse(List.of())) {
      Fields f = new Fields(row, out);
      Integer code = f.requiredMunicipalityCode("code");
      String name = f.requiredText("name", 100);
      String shortName = f.requiredText("short_name", 100);
      String region = f.requiredText("region", 100);
      String slug = f.text("portal_slug", 100);
      if (slug != null && !PORTAL_SLUG.matcher(slug).matches()) {
        f.error(
            "portal_slug",
            "expected a lowercase slug of a-z, æøå, 0-9 and -, got " + Fields.quote(slug));
      }
      if (code == null || name == null) {
        continue;
      }
      if (!checkReference(f, code, name) | !unique(f, seen, code)) {
        continue;
      }
      municipalities.add(new Municipality(code, name, shortName, region, slug));
    }
    return municipalities;
  }

  private static boolean checkReference(Fields f, int code, String name) {
    var reference = ReferenceData.get().findMunicipalityName(code);
    if (reference.isEmpty()) {
      f.error("code", "no Danish municipality has the code " + code);
      return false;
    }
    if (!reference.get().equals(name)) {
      f.warning(
          "name",
          "the official name of "
              + code
              + " is "
              + Fields.quote(reference.get())
              + ", got "
              + Fields.quote(name));
    }
    return true;
  }

  private static boolean unique(Fields f, Map<Integer, Row> seen, int code) {
    Row first = seen.putIfAbsent(code, f.row());
    if (first != null) {
      f.error("code", "duplicate code " + code + " (first at " + first.where() + ")");
      return false;
    }
    return true;
  }
}
