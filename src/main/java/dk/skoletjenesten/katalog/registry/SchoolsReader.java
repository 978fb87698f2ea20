package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads schools.csv: the schools that receive catalogues and how many each. */
final class SchoolsReader {
  private static final Set<String> REQUIRED = Set.of("id", "name", "municipality", "copies");

  private SchoolsReader() {}

  static Table<School> read(DataFolder folder, Diagnostics out) {
    Optional<List<Row>> rows = folder.readTable("schools", REQUIRED, Set.of(), false);
    if (rows.isEmpty()) {
      return Table.missing();
    }
    List<Located<School>> schools = new ArrayList<>();
    for (Row row : rows.get()) {
      Fields f = new Fields(row, out);
      String id = f.requiredText("id", 120);
      String name = f.requiredText("name", 200);
      Integer municipality = f.requiredMunicipalityCode("municipality");
      Integer copies = f.requiredInt("copies", 1, 10_000);
      if (id != null && name != null && municipality != null && copies != null) {
        schools.add(new Located<>(new School(id, name, municipality, copies), row));
      }
    }
    return new Table<>(true, schools, rows.get());
  }
}
