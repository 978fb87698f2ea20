package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/** Reads the insert and sticker orders; unknown keys are errors so that typos do not pass. */
final class OrdersReader {
  static final String INSERTS = "orders/inserts";
  static final String STICKERS = "orders/stickers";
  private static final List<String> INSERT_KEYS =
      List.of(
          "municipality",
          "copies",
          "headline",
          "intro",
          "contact",
          "include",
          "exclude",
          "logo",
          "trim");
  private static final List<String> STICKER_KEYS =
      List.of(
          "municipality",
          "copies",
          "text",
          "url",
          "shape",
          "diameter_mm",
          "width_mm",
          "height_mm",
          "corner_radius_mm",
          "sheet");
  private static final Words<StickerOrder.Shape> SHAPES =
      Words.of(StickerOrder.Shape.values(), s -> s.name().toLowerCase(Locale.ROOT));
  private static final Words<StickerOrder.Sheet> SHEETS =
      Words.of(StickerOrder.Sheet.values(), StickerOrder.Sheet::name);
  private static final JsonObjectReader<Contact> CONTACT =
      JsonObjectReader.of(List.of("name", "email", "phone"), OrdersReader::contact);
  private static final JsonObjectReader<Include> INCLUDE =
      JsonObjectReader.of(
          List.of("located_in_municipality", "institutions", "offers"), OrdersReader::include);
  private static final JsonObjectReader<List<String>> EXCLUDE =
      JsonObjectReader.of(List.of("offers"), e -> Optional.of(e.list("offers")));

  private OrdersReader() {}

  static List<Located<InsertOrder>> readInserts(DataFolder folder, Diagnostics out) {
    return read(folder, INSERTS, INSERT_KEYS, OrdersReader::insert, out);
  }

  static List<Located<StickerOrder>> readStickers(DataFolder folder, Diagnostics out) {
    return read(folder, STICKERS, STICKER_KEYS, OrdersReader::sticker, out);
  }

  /** Every {@code *.json} file of {@code subFolder}: one order each, made by {@code order}. */
  private static <T> List<Located<T>> read(
      DataFolder folder,
      String subFolder,
      List<String> keys,
      BiFunction<String, Fields, Optional<T>> order,
      Diagnostics out) {
    return folder.list(subFolder, ".json").stream()
        .flatMap(
            file ->
                JsonObjectReader.of(keys, f -> order.apply(file, f))
                    .readFile(folder, file, out)
                    .stream())
        .toList();
  }

  /** What an insert includes besides the offers located in its municipality. */
  private record Include(boolean located, List<String> institutions, List<String> offers) {
    static final Include NONE = new Include(false, List.of(), List.of());
  }

  private static Optional<InsertOrder> insert(String file, Fields f) {
    Integer municipality = f.requiredMunicipalityCode("municipality");
    Optional<Integer> copies = f.integer("copies", 1, 1_000_000);
    Optional<String> headline = f.text("headline", 140);
    Optional<String> intro = f.text("intro", 4000);
    intro.ifPresent(
        text ->
            MarkdownTargets.refusedTargets(text)
                .forEach(
                    t -> f.error("intro", t.message() + " (line " + t.line() + " of the text)")));
    Optional<Contact> contact = f.object("contact", CONTACT);
    Include include = f.object("include", INCLUDE).orElse(Include.NONE);
    List<String> exclude = f.object("exclude", EXCLUDE).orElse(List.of());
    Optional<String> logo = f.pngOrJpeg("logo");
    Optional<TrimSize> trim = insertTrim(f);
    return f.build(
        () ->
            new InsertOrder(
                file,
                municipality,
                copies.orElse(null),
                headline.orElse(null),
                intro.orElse(null),
                contact.orElse(null),
                include.located(),
                include.institutions(),
                include.offers(),
                exclude,
                logo.orElse(null),
                trim.orElse(null)));
  }

  private static Optional<Contact> contact(Fields c) {
    return Optional.of(
        new Contact(
            c.text("name", 120).orElse(null),
            c.email("email").orElse(null),
            c.text("phone", 40).orElse(null)));
  }

  private static Optional<Include> include(Fields i) {
    return Optional.of(
        new Include(
            i.bool("located_in_municipality", false), i.list("institutions"), i.list("offers")));
  }

  private static Optional<TrimSize> insertTrim(Fields f) {
    Optional<String> name = f.text("trim", 10);
    Optional<TrimSize> trim = name.flatMap(TrimSize::findByName);
    if (name.isPresent() && trim.isEmpty()) {
      f.error("trim", "expected A5 or A4, got " + Fields.quote(name.get()));
    }
    return trim;
  }

  /** A sticker's size in millimetres. */
  private record Size(double widthMm, double heightMm, double cornerRadiusMm) {}

  private static Optional<StickerOrder> sticker(String file, Fields f) {
    Integer municipality = f.requiredMunicipalityCode("municipality");
    Optional<Integer> copies = f.integer("copies", 1, 1_000_000);
    String text = f.requiredText("text", 200);
    String url = f.requiredHttpsUrl("url");
    StickerOrder.Shape shape = f.requiredWord("shape", SHAPES);
    StickerOrder.Sheet sheet = f.word("sheet", SHEETS, StickerOrder.Sheet.SRA3);
    if (f.rejected()) {
      return Optional.empty(); // the size is checked only for an otherwise valid order
    }
    Optional<Size> size = shape == StickerOrder.Shape.CIRCLE ? circle(f) : rectangle(f);
    return size.map(
        s ->
            new StickerOrder(
                file,
                municipality,
                copies.orElse(null),
                text,
                url,
                shape,
                s.widthMm(),
                s.heightMm(),
                s.cornerRadiusMm(),
                sheet));
  }

  private static Optional<Size> circle(Fields f) {
    for (String key : List.of("width_mm", "height_mm", "corner_radius_mm")) {
      if (f.present(key)) {
        f.error(key, "not used by a circle sticker (give diameter_mm)");
      }
    }
    Double diameter = f.requiredDecimal("diameter_mm", 20, 300);
    return f.build(() -> new Size(diameter, diameter, diameter / 2));
  }

  private static Optional<Size> rectangle(Fields f) {
    if (f.present("diameter_mm")) {
      f.error("diameter_mm", "not used by a rectangle sticker (give width_mm and height_mm)");
    }
    Double width = f.requiredDecimal("width_mm", 20, 300);
    Double height = f.requiredDecimal("height_mm", 20, 300);
    double min = StickerOrder.MIN_CORNER_RADIUS_MM;
    Double radius = f.decimal("corner_radius_mm", min, 150, min);
    if (!f.rejected() && radius > Math.min(width, height) / 2) {
      f.reject(
          "corner_radius_mm",
          "expected at most half the shorter side ("
              + Math.min(width, height) / 2
              + "), got "
              + radius);
    }
    return f.build(() -> new Size(width, height, radius));
  }
}
