package dk.skoletjenesten.katalog.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.skoletjenesten.katalog.registry.Article;
import dk.skoletjenesten.katalog.registry.Contact;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Municipality;
import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.PrintSpec;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.School;
import dk.skoletjenesten.katalog.registry.Stage;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import dk.skoletjenesten.katalog.registry.TrimSize;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * registry.json: the data a bundle was made from, as canonical JSON that a later comparison reads
 * instead of the data folder. One object per group, each keyed by id with its keys sorted: {@code
 * places} (institutions), {@code offers}, {@code orders} ({@code insert:FILE}, {@code
 * sticker:FILE}, FILE relative to the data folder), {@code articles} (by file name), {@code
 * schools} (per municipality code: name, schools, copies) and {@code edition} (its printed fields
 * and print block). Absent optional values are {@code null}, so every entry of a group has the same
 * fields. The same registry gives the same bytes.
 */
public final class RegistrySnapshot {
  /** The version of this shape, {@code format} in the file. */
  static final int FORMAT = 1;

  /** The group names, in the order a comparison reports them. */
  static final List<String> GROUPS = List.of("places", "offers", "orders", "articles", "schools");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private RegistrySnapshot() {}

  /** The snapshot of {@code registry} as UTF-8 JSON ending in a newline. */
  public static byte[] json(Registry registry) {
    Map<String, Object> root = new TreeMap<>();
    root.put("format", FORMAT);
    root.put("edition", edition(registry.edition()));
    root.put("places", keyed(registry.institutions(), Institution::id, RegistrySnapshot::place));
    root.put("offers", keyed(registry.offers(), Offer::id, RegistrySnapshot::offer));
    Map<String, Object> orders = new TreeMap<>();
    registry.insertOrders().forEach(o -> orders.put("insert:" + o.file(), insert(o)));
    registry.stickerOrders().forEach(o -> orders.put("sticker:" + o.file(), sticker(o)));
    root.put("orders", orders);
    root.put("articles", keyed(registry.articles(), Article::file, RegistrySnapshot::article));
    root.put("schools", schools(registry));
    try {
      return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the registry snapshot", e);
    }
  }

  private static <T> Map<String, Object> keyed(
      List<T> values, Function<T, String> id, Function<T, Map<String, Object>> fields) {
    Map<String, Object> map = new TreeMap<>();
    values.forEach(v -> map.put(id.apply(v), fields.apply(v)));
    return map;
  }

  private static Map<String, Object> place(Institution i) {
    Map<String, Object> m = new TreeMap<>();
    m.put("name", i.name());
    m.put("section", i.section().label());
    m.put("type", i.type().label());
    m.put("street", i.street());
    m.put("postcode", i.postcode());
    m.put("city", i.city());
    m.put("municipality", i.municipality());
    m.put("url", i.url());
    m.put("phone", i.phone());
    m.put("email", i.email());
    m.put("description", i.description());
    m.put("logo", i.logo());
    m.put("partner", i.partner());
    return m;
  }

  private static Map<String, Object> offer(Offer o) {
    Map<String, Object> m = new TreeMap<>();
    m.put("place", o.institution());
    m.put("title", o.title());
    m.put("teaser", o.teaser());
    m.put("stages", o.stages().stream().map(Stage::key).toList());
    m.put("grade_from", o.gradeFrom());
    m.put("grade_to", o.gradeTo());
    m.put("subjects", o.subjects());
    m.put("themes", o.themes());
    m.put("duration_minutes", o.durationMinutes());
    m.put("price_dkk", o.priceDkk());
    m.put("price_note", o.priceNote());
    m.put("max_pupils", o.maxPupils());
    m.put("url", o.url());
    m.put("new", o.isNew());
    return m;
  }

  private static Map<String, Object> insert(InsertOrder o) {
    Map<String, Object> m = new TreeMap<>();
    m.put("kind", "insert");
    m.put("municipality", o.municipality());
    m.put("copies", o.copies());
    m.put("headline", o.headline());
    m.put("intro", o.intro());
    m.put("contact", contact(o.contact()));
    m.put("include_located", o.includeLocated());
    m.put("include_places", o.includeInstitutions());
    m.put("include_offers", o.includeOffers());
    m.put("exclude_offers", o.excludeOffers());
    m.put("logo", o.logo());
    m.put("trim", o.trim() == null ? null : trim(o.trim()));
    return m;
  }

  private static Map<String, Object> sticker(StickerOrder o) {
    Map<String, Object> m = new TreeMap<>();
    m.put("kind", "sticker");
    m.put("municipality", o.municipality());
    m.put("copies", o.copies());
    m.put("text", o.text());
    m.put("url", o.url());
    m.put("shape", o.shape().name().toLowerCase(Locale.ROOT));
    m.put("width_mm", o.widthMm());
    m.put("height_mm", o.heightMm());
    m.put("corner_radius_mm", o.cornerRadiusMm());
    m.put("sheet", o.sheet().name());
    return m;
  }

  private static Map<String, Object> contact(Contact c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> m = new TreeMap<>();
    m.put("name", c.name());
    m.put("email", c.email());
    m.put("phone", c.phone());
    return m;
  }

  private static Map<String, Object> article(Article a) {
    Map<String, Object> m = new TreeMap<>();
    m.put("title", a.title());
    m.put("author", a.author());
    m.put("order", a.order());
    m.put("image", a.image());
    m.put("markdown", a.markdown());
    return m;
  }

  private static Map<String, Object> schools(Registry registry) {
    Map<Integer, List<School>> byMunicipality = new TreeMap<>();
    for (School s : registry.schools()) {
      byMunicipality.computeIfAbsent(s.municipality(), k -> new ArrayList<>()).add(s);
    }
    Map<String, Object> map = new TreeMap<>();
    byMunicipality.forEach(
        (code, schools) -> {
          Map<String, Object> m = new TreeMap<>();
          Municipality municipality = registry.requireMunicipality(code);
          m.put("name", municipality.name());
          m.put("schools", schools.size());
          m.put("copies", schools.stream().mapToInt(School::copies).sum());
          map.put(Integer.toString(code), m);
        });
    return map;
  }

  private static Map<String, Object> edition(Edition e) {
    Map<String, Object> m = new TreeMap<>();
    m.put("school_year", e.schoolYear());
    m.put("title", e.title());
    m.put("subtitle", e.subtitle());
    m.put("portal_url", e.portalUrl());
    m.put("date", e.date().toString());
    m.put("publisher_name", e.publisher().name());
    m.put("publisher_address", e.publisher().address());
    m.put("publisher_email", e.publisher().email());
    m.put("publisher_phone", e.publisher().phone());
    m.put("colophon_printer", e.colophon().printer());
    m.put("colophon_paper", e.colophon().paper());
    m.put("colophon_issn", e.colophon().issn());
    m.put("colophon_funders", e.colophon().funders());
    Map<String, Object> images = new TreeMap<>();
    e.sectionImages().forEach(s -> images.put(s.section().label(), s.image()));
    m.put("section_images", images);
    PrintSpec p = e.print();
    m.put("print_trim", trim(p.trim()));
    m.put("print_bleed_mm", p.bleedMm());
    m.put("print_binding", p.binding().key());
    m.put("print_paper_caliper_mm", p.paperCaliperMm());
    m.put("print_standard", p.standard().name());
    m.put("print_output_condition", p.outputCondition().name());
    m.put("print_crop_marks", p.cropMarks());
    return m;
  }

  private static String trim(TrimSize trim) {
    return trim.describe();
  }
}
