package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

  private OrdersReader() {}

  static List<Located<InsertOrder>> readInserts(DataFolder folder, Diagnostics out) {
    List<Located<InsertOrder>> orders = new ArrayList<>();
    for (String file : folder.list(INSERTS, ".json")) {
      object(folder, file, out)
          .ifPresent(
              row -> {
                InsertOrder order = insert(file, new Fields(row, out), out);
                if (order != null) {
                  orders.add(new Located<>(order, row));
                }
              });
    }
    return orders;
  }

  static List<Located<StickerOrder>> readStickers(DataFolder folder, Diagnostics out) {
    List<Located<StickerOrder>> orders = new ArrayList<>();
    for (String file : folder.list(STICKERS, ".json")) {
      object(folder, file, out)
          .ifPresent(
              row -> {
                StickerOrder order = sticker(file, new Fields(row, out));
                if (order != null) {
                  orders.add(new Located<>(order, row));
                }
              });
    }
    return orders;
  }

  private static Optional<Row> object(DataFolder folder, String file, Diagnostics out) {
    Optional<JsonNode> root = folder.readJson(file);
    if (root.isPresent() && !root.get().isObject()) {
      out.add(
          Diagnostic.errorAt(
              folder.display(file),
              "$",
              null,
              "expected an object, got " + Fields.got(root.get())));
      return Optional.empty();
    }
    return root.map(node -> Row.json(folder.display(file), "$", node));
  }

  private static InsertOrder insert(String file, Fields f, Diagnostics out) {
    f.rejectUnknownKeys(INSERT_KEYS);
    Integer municipality = f.requiredMunicipalityCode("municipality");
    Integer copies = f.integer("copies", 1, 1_000_000);
    String headline = f.text("headline", 140);
    String intro = f.text("intro", 4000);
    Contact contact = contact(f.object("contact"), out);
    Row include = f.object("include");
    Fields in = include == null ? null : new Fields(include, out);
    if (in != null) {
      in.rejectUnknownKeys(List.of("located_in_municipality", "institutions", "offers"));
    }
    Row exclude = f.object("exclude");
    Fields ex = exclude == null ? null : new Fields(exclude, out);
    if (ex != null) {
      ex.rejectUnknownKeys(List.of("offers"));
    }
    String logo = InstitutionsReader.logo(f);
    TrimSize trim = insertTrim(f);
    if (municipality == null) {
      return null;
    }
    return new InsertOrder(
        file,
        municipality,
        copies,
        headline,
        intro,
        contact,
        in != null && in.bool("located_in_municipality", false),
        in == null ? List.of() : in.list("institutions"),
        in == null ? List.of() : in.list("offers"),
        ex == null ? List.of() : ex.list("offers"),
        logo,
        trim);
  }

  private static TrimSize insertTrim(Fields f) {
    String name = f.text("trim", 10);
    if (name == null) {
      return null;
    }
    Optional<TrimSize> trim = TrimSize.findByName(name);
    if (trim.isEmpty()) {
      f.error("trim", "expected A5 or A4, got " + Fields.quote(name));
    }
    return trim.orElse(null);
  }

  private static Contact contact(Row row, Diagnostics out) {
    if (row == null) {
      return null;
    }
    Fields c = new Fields(row, out);
    c.rejectUnknownKeys(List.of("name", "email", "phone"));
    return new Contact(c.text("name", 120), c.email("email"), c.text("phone", 40));
  }

  private static StickerOrder sticker(String file, Fields f) {
    f.rejectUnknownKeys(STICKER_KEYS);
    Integer municipality = f.requiredMunicipalityCode("municipality");
    Integer copies = f.integer("copies", 1, 1_000_000);
    String text = f.requiredText("text", 200);
    String url = f.httpsUrl("url", true);
    StickerOrder.Shape shape = f.requiredWord("shape", SHAPES);
    StickerOrder.Sheet sheet = sheet(f);
    if (municipality == null || text == null || url == null || shape == null || sheet == null) {
      return null;
    }
    return shape == StickerOrder.Shape.CIRCLE
        ? circle(file, f, municipality, copies, text, url, sheet)
        : rectangle(file, f, municipality, copies, text, url, sheet);
  }

  private static StickerOrder circle(
      String file,
      Fields f,
      int municipality,
      Integer copies,
      String text,
      String url,
      StickerOrder.Sheet sheet) {
    for (String key : List.of("width_mm", "height_mm", "corner_radius_mm")) {
      if (f.present(key)) {
        f.error(key, "not used by a circle sticker (give diameter_mm)");
      }
    }
    Double diameter = f.requiredDecimal("diameter_mm", 20, 300);
    return diameter == null
        ? null
        : new StickerOrder(
            file,
            municipality,
            copies,
            text,
            url,
            StickerOrder.Shape.CIRCLE,
            diameter,
            diameter,
            diameter / 2,
            sheet);
  }

  private static StickerOrder rectangle(
      String file,
      Fields f,
      int municipality,
      Integer copies,
      String text,
      String url,
      StickerOrder.Sheet sheet) {
    if (f.present("diameter_mm")) {
      f.error("diameter_mm", "not used by a rectangle sticker (give width_mm and height_mm)");
    }
    Double width = f.requiredDecimal("width_mm", 20, 300);
    Double height = f.requiredDecimal("height_mm", 20, 300);
    Double radius =
        f.present("corner_radius_mm")
            ? f.decimal("corner_radius_mm", StickerOrder.MIN_CORNER_RADIUS_MM, 150)
            : Double.valueOf(StickerOrder.MIN_CORNER_RADIUS_MM);
    if (width == null || height == null || radius == null) {
      return null;
    }
    if (radius > Math.min(width, height) / 2) {
      f.error(
          "corner_radius_mm",
          "expected at most half the shorter side ("
              + Math.min(width, height) / 2
              + "), got "
              + radius);
      return null;
    }
    return new StickerOrder(
        file,
        municipality,
        copies,
        text,
        url,
        StickerOrder.Shape.RECTANGLE,
        width,
        height,
        radius,
        sheet);
  }

  private static StickerOrder.Sheet sheet(Fields f) {
    if (!f.present("sheet")) {
      return StickerOrder.Sheet.SRA3;
    }
    return f.requiredWord("sheet", SHEETS);
  }
}
