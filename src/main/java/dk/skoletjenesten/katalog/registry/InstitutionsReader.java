package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads institutions.csv or institutions.json: one row per external learning environment. */
final class InstitutionsReader {
  private static final Set<String> REQUIRED =
      Set.of("id", "name", "section", "type", "street", "postcode", "city", "municipality", "url");
  private static final Set<String> OPTIONAL =
      Set.of("phone", "email", "description", "logo", "partner");
  private static final Words<Section> SECTIONS = Words.of(Section.values(), Section::label);
  private static final Words<InstitutionType> TYPES =
      Words.of(InstitutionType.values(), InstitutionType::label);
  private static final Pattern POSTCODE = Pattern.compile("\\d{4}");
  private static final TableReader<Institution> TABLE =
      TableReader.csvOrJson("institutions", REQUIRED, OPTIONAL, InstitutionsReader::institution);

  private InstitutionsReader() {}

  /**
   * The institutions with their rows, for the cross-reference checks of {@link RegistryValidator}.
   */
  static Table<Institution> read(DataFolder folder, Diagnostics out) {
    return TABLE.read(folder, out);
  }

  private static Optional<Institution> institution(Fields f) {
    String id = f.requiredSlug("id");
    String name = f.requiredText("name", 120);
    Section section = f.requiredWord("section", SECTIONS);
    InstitutionType type = f.requiredWord("type", TYPES);
    String street = f.requiredText("street", 200);
    String postcode = f.requiredText("postcode", 20, POSTCODE, "4 digits");
    String city = f.requiredText("city", 100);
    Integer municipality = f.requiredMunicipalityCode("municipality");
    String url = f.requiredHttpsUrl("url");
    Optional<String> phone = f.text("phone", 40);
    Optional<String> email = f.email("email");
    if (!f.present("phone") && !f.present("email")) {
      f.error("phone", "expected a phone number or an e-mail address for booking, got neither");
    }
    Optional<String> description = f.text("description", 600);
    Optional<String> logo = f.pngOrJpeg("logo");
    boolean partner = f.bool("partner", false);
    return f.build(
        () ->
            new Institution(
                id,
                name,
                section,
                type,
                street,
                postcode,
                city,
                municipality,
                url,
                phone.orElse(null),
                email.orElse(null),
                description.orElse(null),
                logo.orElse(null),
                partner));
  }
}
