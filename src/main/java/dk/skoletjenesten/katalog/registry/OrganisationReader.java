package dk.skoletjenesten.katalog.registry;

import java.util.List;
import java.util.Optional;

/** Reads the {@code organisation} object of report.json: board, directors, management, units. */
final class OrganisationReader {
  private static final String BODY = "expected { \"name\": ..., \"description\": ... }";
  private static final JsonObjectReader<AnnualReport.Organisation> ORGANISATION =
      JsonObjectReader.of(
          List.of("board", "directors", "management", "units"), OrganisationReader::organisation);
  private static final JsonObjectReader<AnnualReport.Body> BODY_READER =
      JsonObjectReader.of(List.of("name", "description"), OrganisationReader::body);
  private static final JsonObjectReader<AnnualReport.Unit> UNIT =
      JsonObjectReader.of(List.of("name", "group", "partners"), OrganisationReader::unit);

  private OrganisationReader() {}

  /** The organisation, or null when report.json has none (or it is invalid, reported). */
  static AnnualReport.Organisation read(Fields report) {
    return report.object("organisation", ORGANISATION, null);
  }

  private static Optional<AnnualReport.Organisation> organisation(Fields f) {
    AnnualReport.Body board = f.requiredObject("board", BODY, BODY_READER);
    AnnualReport.Body directors = f.requiredObject("directors", BODY, BODY_READER);
    AnnualReport.Body management = f.requiredObject("management", BODY, BODY_READER);
    List<AnnualReport.Unit> units = f.objects("units", UNIT);
    return f.build(() -> new AnnualReport.Organisation(board, directors, management, units));
  }

  private static Optional<AnnualReport.Body> body(Fields f) {
    String name = f.requiredText("name", 80);
    Optional<String> description = f.text("description", 300);
    return f.build(() -> new AnnualReport.Body(name, description.orElse(null)));
  }

  private static Optional<AnnualReport.Unit> unit(Fields f) {
    String name = f.requiredText("name", 80);
    Optional<String> group = f.text("group", 120);
    List<String> partners = f.list("partners");
    return f.build(() -> new AnnualReport.Unit(name, group.orElse(null), partners));
  }
}
