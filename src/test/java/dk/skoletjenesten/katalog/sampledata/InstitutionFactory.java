package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds the institutions: the partner departments from partners.txt and the others from plan.txt,
 * each with an address, booking contact and a two-sentence description.
 */
final class InstitutionFactory {
  private static final String PORTAL = "https://www.skoletjenesten.dk/";
  private static final Map<String, List<String>> STREETS =
      Map.of(
          "visit",
              List.of(
                  "Museumsgade",
                  "Torvet",
                  "Slotsgade",
                  "Algade",
                  "Storegade",
                  "Klostergade",
                  "Nørregade",
                  "Vestergade",
                  "Adelgade",
                  "Skolegade"),
          "local",
              List.of(
                  "Torvet",
                  "Kirkestræde",
                  "Søndergade",
                  "Østergade",
                  "Gammel Skolevej",
                  "Møllegade",
                  "Præstegårdsvej",
                  "Bygaden",
                  "Købmagergade"),
          "field",
              List.of(
                  "Strandvejen",
                  "Skovvej",
                  "Engvej",
                  "Søvej",
                  "Åvej",
                  "Kystvejen",
                  "Mosevej",
                  "Bøgeskovvej",
                  "Fyrvej",
                  "Industrivej"),
          "make",
              List.of(
                  "Værkstedsvej",
                  "Havnegade",
                  "Jernbanegade",
                  "Teatergade",
                  "Fabriksvej",
                  "Banegårdspladsen",
                  "Kulturvej",
                  "Pakhusvej"),
          "talk",
              List.of(
                  "Rådhuspladsen",
                  "Torvegade",
                  "Biblioteksvej",
                  "Skolevej",
                  "Parkvej",
                  "Kirkepladsen",
                  "Nytorv"));

  /** Some small places give only an e-mail address or only a phone number for bookings. */
  private static final double ONLY_EMAIL_SHARE = 0.04;

  private static final double ONLY_PHONE_SHARE = 0.03;

  private final Reference ref;
  private final Banks banks;
  private final Random random = new Random(Seeds.of("institutions"));
  private final Map<String, Integer> descUse = new HashMap<>();
  private final Set<String> ids = new HashSet<>();

  InstitutionFactory(Reference ref, Banks banks) {
    this.ref = ref;
    this.banks = banks;
  }

  /** All institutions, sorted by id. */
  List<Inst> build() {
    List<Inst> all = new ArrayList<>();
    banks.partners.forEach(p -> all.add(partner(p)));
    for (String line : Blocks.lines("plan.txt")) {
      all.add(planned(line.split(";", -1)));
    }
    all.sort(Comparator.comparing(Inst::id));
    return all;
  }

  private Inst partner(Blocks.Block b) {
    int code = Integer.parseInt(b.one("municipality"));
    Reference.Place place =
        new Reference.Place(code, b.one("city"), b.one("postcode"), b.one("city"));
    ids.add(b.key());
    return new Inst(
        b.key(),
        b.one("name"),
        Kind.from(b),
        true,
        place,
        b.one("street"),
        b.one("url"),
        phone(code),
        "booking@" + b.key() + ".dk",
        b.one("desc"),
        EdgeCases.LOGOS.get(b.key()),
        true);
  }

  private Inst planned(String[] f) {
    int code = Integer.parseInt(f[0]);
    Kind kind = banks.kind(f[1]);
    Reference.Place place = f[2].isEmpty() ? ref.mainPlace(code) : ref.place(code, f[2]);
    String name = f[3].isEmpty() ? patternName(kind, place) : f[3];
    String id = uniqueId(Slug.of(name));
    boolean offers = !(f.length > 4 && f[4].equals("no-offers"));
    String description = description(id, name, kind, place);
    double contactRoll = random.nextDouble();
    String phone = contactRoll < ONLY_EMAIL_SHARE ? null : phone(code);
    String email = contactRoll > 1 - ONLY_PHONE_SHARE ? null : "booking@" + id + ".dk";
    return new Inst(
        id,
        name,
        kind,
        false,
        place,
        street(kind),
        PORTAL + id,
        phone,
        email,
        description,
        EdgeCases.LOGOS.get(id),
        offers);
  }

  private String patternName(Kind kind, Reference.Place place) {
    String pattern = kind.names().get(random.nextInt(kind.names().size()));
    String muni = ref.municipality(place.municipality()).name();
    return pattern.replace("{town}", place.spoken()).replace("{muni}", muni);
  }

  private String uniqueId(String base) {
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private String street(Kind kind) {
    List<String> streets = STREETS.get(kind.style());
    return streets.get(random.nextInt(streets.size())) + " " + (1 + random.nextInt(88));
  }

  private String description(String id, String name, Kind kind, Reference.Place place) {
    Map<String, String> values =
        Map.of(
            "name",
            name,
            "town",
            place.spoken(),
            "here",
            kind.here(),
            "athere",
            kind.athere(),
            "heregen",
            kind.heregen(),
            "guide",
            kind.guide());
    String first = Phrases.fill(pick(kind.descriptions()), values);
    String second = Phrases.fill(leastUsed(banks.templates("desc", kind.style())), values);
    String tail = EdgeCases.DESCRIPTION_TAILS.get(id);
    return first + " " + second + (tail == null ? "" : " " + tail);
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private String leastUsed(List<String> options) {
    int min = options.stream().mapToInt(o -> descUse.getOrDefault(o, 0)).min().orElseThrow();
    List<String> best = options.stream().filter(o -> descUse.getOrDefault(o, 0) == min).toList();
    String chosen = pick(best);
    descUse.merge(chosen, 1, Integer::sum);
    return chosen;
  }

  /** A fictional Danish phone number with an area-typical first pair of digits. */
  private String phone(int municipality) {
    String[] prefixes = Phones.prefixes(municipality);
    String first = prefixes[random.nextInt(prefixes.length)];
    return String.format(
        "%s %02d %02d %02d",
        first, 10 + random.nextInt(90), random.nextInt(100), random.nextInt(100));
  }
}
