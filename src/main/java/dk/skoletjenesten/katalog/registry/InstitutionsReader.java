package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads institutions.csv or institutions.json: one row per external learning environment. */
final class InstitutionsReader {
  static final Set<String> REQUIRED =
      Set.of("id", "name", "section", "type", "street", "postcode", "city", "municipality", "url");
  static final Set<String> OPTIONAL = Set.of("phone", "email", "description", "logo", "partner");
  private static final Words<Section> SECTIONS = Words.of(Section.values(), Section::label);
  private static final Words<InstitutionType> TYPES =
      Words.of(InstitutionType.values(), InstitutionType::label);
  private static final Pattern POSTCODE = Pattern.compile("\\d{4}");

  private InstitutionsReader() {}

  /**
   * The institutions with their rows, for the cross-reference checks of {@link RegistryValidator}.
   */
  static Table<Institution> read(DataFolder folder, Diagnostics out) {
    return TableReader.csvOrJson(
            "institutions", REQUIRED, OPTIONAL, f -> Optional.ofNullable(readOne(f)))
        .read(folder, out);
  }

  private static Institution readOne(Fields f) {
    String id = f.requiredSlug("id");
    String name = f.requiredText("name", 120);
    Section section = f.requiredWord("section", SECTIONS);
    InstitutionType type = f.requiredWord("type", TYPES);
    String street = f.requiredText("street", 200);
    String postcode = postcode(f);
    String city = f.requiredText("city", 100);
    Integer municipality = f.requiredMunicipalityCode("municipality");
    String url = f.httpsUrl("url", true);
    String phone = f.text("phone", 40);
    String email = f.email("email");
    if (phone == null && email == null && !f.present("phone") && !f.present("email")) {
      f.error("phone", "expected a phone number or an e-mail address for booking, got neither");
    }
    String description = f.text("description", 600);
    String logo = logo(f);
    boolean partner = f.bool("partner", false);
    if (id == null
        || name == null
        || section == null
        || type == null
        || street == null
        || postcode == null
        || city == null
        || municipality == null
        || url == null) {
      return null;
    }
    return new Institution(
        id,
        name,
        section,
        type,
        street,
        postcode,
        city,
        municipality,
        url,
        phone,
        email,
        description,
        logo,
        partner);
  }

  private static String postcode(Fields f) {
    String postcode = f.requiredText("postcode", 20);
    if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
      f.error("postcode", "expected 4 digits, got " + Fields.quote(postcode));
      return null;
    }
    return postcode;
  }

  static String logo(Fields f) {
    String logo = f.text("logo", 200);
    if (logo == null) {
      return null;
    }
    String lower = logo.toLowerCase(Locale.ROOT);
    if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
      f.error("logo", "expected a PNG or JPEG file name, got " + Fields.quote(logo));
      return null;
    }
    return logo;
  }
}
