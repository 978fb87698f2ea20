package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.Optional;
import java.util.Set;

/** Reads schools.csv: the schools that receive catalogues and how many each. */
final class SchoolsReader {
  private static final TableReader<School> TABLE =
      TableReader.csv(
          "schools", Set.of("id", "name", "municipality", "copies"), SchoolsReader::school);

  private SchoolsReader() {}

  static Table<School> read(DataFolder folder, Diagnostics out) {
    return TABLE.read(folder, out);
  }

  private static Optional<School> school(Fields f) {
    String id = f.requiredText("id", 120);
    String name = f.requiredText("name", 200);
    Integer municipality = f.requiredMunicipalityCode("municipality");
    Integer copies = f.requiredInt("copies", 1, 10_000);
    return f.build(() -> new School(id, name, municipality, copies));
  }
}
