package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.List;

/**
 * An order's copies against the catalogues of its municipality's schools (schools.csv), where every
 * catalogue gets one insert or sticker. More copies than catalogues is a warning (the extra copies
 * go to the municipality's contact), fewer is an error (catalogues would go without), and copies
 * for a municipality without schools is a warning (all of them go to the municipality). An order
 * without {@code copies} takes the schools' sum and always agrees.
 */
final class CopiesCheck {
  /** What an insert order's copies are, in messages. */
  static final Kind INSERTS = new Kind("inserts", "an insert");

  /** What a sticker order's copies are, in messages. */
  static final Kind STICKERS = new Kind("stickers", "a sticker");

  private final RegistryParts parts;
  private final Diagnostics out;

  CopiesCheck(RegistryParts parts, Diagnostics out) {
    this.parts = parts;
    this.out = out;
  }

  /** The words of an order's product: {@code inserts}, {@code an insert}. */
  record Kind(String plural, String one) {}

  /** Checks {@code copies} (null when the order gives none) of an order for {@code code}. */
  void check(Row row, int code, Integer copies, Kind kind) {
    if (copies == null || !parts.schools().loaded()) {
      return;
    }
    parts.municipalities().stream()
        .filter(m -> m.code() == code)
        .findFirst()
        .ifPresent(m -> check(row, m.name(), schoolsIn(code), copies, kind));
  }

  private void check(Row row, String municipality, List<School> schools, int copies, Kind kind) {
    int catalogues = schools.stream().mapToInt(School::copies).sum();
    String ordered = copies + " " + kind.plural() + " ordered";
    if (schools.isEmpty()) {
      out.add(
          row.warning(
              "copies",
              ordered
                  + " for "
                  + municipality
                  + ", which has no school in schools.csv; all "
                  + copies
                  + " go to the municipality"));
      return;
    }
    String forWhom =
        " for the "
            + catalogues
            + " catalogues of "
            + municipality
            + "'s "
            + schools.size()
            + (schools.size() == 1 ? " school" : " schools");
    if (copies > catalogues) {
      out.add(
          row.warning(
              "copies",
              ordered
                  + forWhom
                  + "; the "
                  + (copies - catalogues)
                  + " extra go to the municipality"));
    } else if (copies < catalogues) {
      out.add(
          row.error(
              "copies",
              ordered
                  + forWhom
                  + ": "
                  + (catalogues - copies)
                  + " catalogues would go without "
                  + kind.one()));
    }
  }

  private List<School> schoolsIn(int code) {
    return parts.schools().values().stream().filter(s -> s.municipality() == code).toList();
  }
}
