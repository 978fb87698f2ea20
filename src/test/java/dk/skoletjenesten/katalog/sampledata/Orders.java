package dk.skoletjenesten.katalog.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local orders: three inserts (Aabenraa, Fredericia, Odense) and three cover stickers
 * (Hjørring, Struer, Mariagerfjord), all municipalities with a municipality site.
 */
final class Orders {
  static final int AABENRAA = 580;

  /** Municipalities whose offers Aabenraa's insert takes in: Sønderjylland and Trekantområdet. */
  static final Set<Integer> AABENRAA_NEIGHBOURS =
      Set.of(540, 510, 550, 621, 561, 575, 573, 530, 563, 607, 630);

  private final List<Inst> institutions;
  private final List<OfferRow> offers;

  Orders(List<Inst> institutions, List<OfferRow> offers) {
    this.institutions = institutions;
    this.offers = offers;
  }

  void write(Path out, List<SchoolFactory.School> schools) throws IOException {
    Path inserts = out.resolve("orders/inserts");
    Json.write(inserts.resolve("aabenraa.json"), aabenraa());
    Json.write(inserts.resolve("fredericia.json"), fredericia(schools));
    Json.write(inserts.resolve("odense.json"), odense());
    Path stickers = out.resolve("orders/stickers");
    Json.write(
        stickers.resolve("hjoerring.json"),
        circle(
            860,
            1100,
            "Find alle tilbud i Hjørring Kommune",
            "https://www.skoletjenesten.dk/hjørring",
            60));
    Json.write(
        stickers.resolve("mariagerfjord.json"),
        circle(
            846,
            300,
            "Find åben skole-tilbud i Mariagerfjord Kommune",
            "https://www.skoletjenesten.dk/mariagerfjord",
            50));
    Json.write(
        stickers.resolve("struer.json"),
        rectangle(
            671,
            "Se alle tilbud til skolerne i Struer Kommune",
            "https://www.skoletjenesten.dk/struer",
            90,
            50));
  }

  /** No headline and no copies: the product computes "Mere end 70 steder ..." and the print run. */
  private Map<String, Object> aabenraa() {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("municipality", AABENRAA);
    order.put("intro", InsertTexts.AABENRAA_INTRO);
    order.put(
        "contact",
        contact("Åben skole i Aabenraa Kommune", "aabenskole@aabenraa.dk", "73 76 12 40"));
    order.put("include", include(true, List.of(), neighbourOffers()));
    order.put("exclude", Map.of("offers", aabenraaExclusions()));
    order.put("logo", "aabenraa.png");
    return order;
  }

  /** One school offer from every institution in the neighbouring municipalities. */
  List<String> neighbourOffers() {
    List<String> chosen = new ArrayList<>();
    for (Inst inst : institutions) {
      if (inst.offers() && AABENRAA_NEIGHBOURS.contains(inst.municipality())) {
        offersOf(inst.id()).stream()
            .filter(OfferRow::forSchool)
            .findFirst()
            .ifPresent(o -> chosen.add(o.id()));
      }
    }
    return chosen;
  }

  /**
   * Aabenraa features one school offer per own place, as a 16-page A5 insert for more than 70
   * places must: every other offer of its own places is excluded.
   */
  List<String> aabenraaExclusions() {
    return institutions.stream()
        .filter(i -> i.municipality() == AABENRAA)
        .flatMap(
            i -> {
              List<OfferRow> own = offersOf(i.id());
              OfferRow featured = own.stream().filter(OfferRow::forSchool).findFirst().orElse(null);
              return own.stream().filter(o -> o != featured);
            })
        .map(OfferRow::id)
        .sorted()
        .toList();
  }

  private Map<String, Object> fredericia(List<SchoolFactory.School> schools) {
    List<String> extra =
        List.of(
            "kulturhistorisk-museum-kolding",
            "kunstvaerkstedet-i-kolding",
            "museum-jelling",
            "middelfart-bymuseum");
    long located = institutions.stream().filter(i -> i.offers() && i.municipality() == 607).count();
    int copies =
        schools.stream()
            .filter(s -> s.municipality() == 607)
            .mapToInt(SchoolFactory.School::copies)
            .sum();
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("municipality", 607);
    order.put("copies", (copies / 50 + 2) * 50);
    order.put(
        "headline",
        (located + extra.size()) + " steder at tage hen med åben skole i Fredericia Kommune");
    order.put("intro", InsertTexts.FREDERICIA_INTRO);
    order.put(
        "contact",
        contact("Pædagogisk Center Fredericia", "aabenskole@fredericia.dk", "72 10 63 20"));
    order.put("include", include(true, extra, List.of()));
    return order;
  }

  private Map<String, Object> odense() {
    List<String> extra =
        List.of(
            "svendborg-museum",
            "nyborg-voldsted",
            "middelfart-bymuseum",
            "herregaarden-ved-tranekaer");
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("municipality", 461);
    order.put("intro", InsertTexts.ODENSE_INTRO);
    order.put(
        "contact",
        contact(
            "Kulturens Skoletjeneste, Odense Kommune", "skoletjeneste@odense.dk", "65 51 27 80"));
    order.put("include", include(true, extra, List.of()));
    order.put("exclude", Map.of("offers", odenseExclusions()));
    return order;
  }

  private List<String> odenseExclusions() {
    return institutions.stream()
        .filter(i -> i.municipality() == 461)
        .flatMap(i -> offersOf(i.id()).stream())
        .filter(o -> o.durationMinutes() >= Duration.FULL_DAY_MINUTES)
        .map(OfferRow::id)
        .sorted()
        .limit(1)
        .toList();
  }

  private List<OfferRow> offersOf(String institution) {
    return offers.stream()
        .filter(o -> o.institution().equals(institution))
        .sorted(Comparator.comparing(OfferRow::id))
        .toList();
  }

  private static Map<String, Object> include(
      boolean located, List<String> institutions, List<String> offers) {
    Map<String, Object> include = new LinkedHashMap<>();
    include.put("located_in_municipality", located);
    if (!institutions.isEmpty()) {
      include.put("institutions", institutions);
    }
    if (!offers.isEmpty()) {
      include.put("offers", offers);
    }
    return include;
  }

  private static Map<String, Object> contact(String name, String email, String phone) {
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("name", name);
    contact.put("email", email);
    contact.put("phone", phone);
    return contact;
  }

  private static Map<String, Object> circle(
      int municipality, int copies, String text, String url, int diameter) {
    Map<String, Object> order = sticker(municipality, text, url, "circle");
    order.put("copies", copies);
    order.put("diameter_mm", diameter);
    return reorder(order);
  }

  /** Without copies: the sticker goes to every catalogue for the municipality's schools. */
  private static Map<String, Object> rectangle(
      int municipality, String text, String url, int width, int height) {
    Map<String, Object> order = sticker(municipality, text, url, "rectangle");
    order.put("width_mm", width);
    order.put("height_mm", height);
    return order;
  }

  private static Map<String, Object> sticker(
      int municipality, String text, String url, String shape) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("municipality", municipality);
    order.put("text", text);
    order.put("url", url);
    order.put("shape", shape);
    return order;
  }

  /** The spec's key order: municipality, copies, text, url, shape, size. */
  private static Map<String, Object> reorder(Map<String, Object> order) {
    Map<String, Object> sorted = new LinkedHashMap<>();
    for (String key : List.of("municipality", "copies", "text", "url", "shape", "diameter_mm")) {
      sorted.put(key, order.get(key));
    }
    return sorted;
  }
}
