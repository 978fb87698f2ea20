package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads edition.json. Unknown keys are errors: a typo in a print setting must not pass. */
final class EditionReader {
  static final String FILE = "edition.json";
  private static final List<String> KEYS =
      List.of("school_year", "title", "subtitle", "portal_url", "publisher", "print", "date");
  private static final List<String> PUBLISHER_KEYS = List.of("name", "address", "email");
  private static final List<String> PRINT_KEYS =
      List.of(
          "trim",
          "bleed_mm",
          "binding",
          "paper_caliper_mm",
          "standard",
          "output_condition",
          "crop_marks");
  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/\\d{2}");

  private EditionReader() {}

  static Optional<Edition> read(DataFolder folder, Diagnostics out) {
    if (!folder.exists(FILE)) {
      out.add(Diagnostic.error(folder.display(FILE), 0, null, "required file is missing"));
      return Optional.empty();
    }
    Optional<JsonNode> root = folder.readJson(FILE);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!root.get().isObject()) {
      out.add(
          Diagnostic.errorAt(
              folder.display(FILE),
              "$",
              null,
              "expected an object, got " + Fields.got(root.get())));
      return Optional.empty();
    }
    Fields f = new Fields(Row.json(folder.display(FILE), "$", JsonRows.valuesOf(root.get())), out);
    f.rejectUnknownKeys(KEYS);
    String schoolYear = schoolYear(f);
    String title = f.requiredText("title", 140);
    String subtitle = f.text("subtitle", 200);
    String portalUrl = f.httpsUrl("portal_url", true);
    Edition.Publisher publisher = publisher(f, out);
    PrintSpec print =
        f.present("print") ? PrintSpecReader.read(f.object("print"), out) : PrintSpec.DEFAULT;
    LocalDate date = date(f, schoolYear);
    if (schoolYear == null
        || title == null
        || portalUrl == null
        || publisher == null
        || print == null
        || date == null) {
      return Optional.empty();
    }
    return Optional.of(new Edition(schoolYear, title, subtitle, portalUrl, publisher, print, date));
  }

  private static String schoolYear(Fields f) {
    String year = f.requiredText("school_year", 20);
    if (year != null && !SCHOOL_YEAR.matcher(year).matches()) {
      f.error("school_year", "expected a school year like 2018/19, got " + Fields.quote(year));
      return null;
    }
    return year;
  }

  private static Edition.Publisher publisher(Fields f, Diagnostics out) {
    if (!f.present("publisher")) {
      f.error("publisher", "expected an object with name, address and email, got nothing");
      return null;
    }
    Row row = f.object("publisher");
    if (row == null) {
      return null;
    }
    Fields p = new Fields(row, out);
    p.rejectUnknownKeys(PUBLISHER_KEYS);
    String name = p.requiredText("name", 200);
    String address = p.requiredText("address", 300);
    String email = p.email("email");
    if (!p.present("email")) {
      p.error("email", "expected an e-mail address, got nothing");
    }
    return name == null || address == null || email == null
        ? null
        : new Edition.Publisher(name, address, email);
  }

  /** The publication date; by default 1 August of the school year's first year. */
  private static LocalDate date(Fields f, String schoolYear) {
    String text = f.text("date", 20);
    if (text == null) {
      return schoolYear == null
          ? null
          : LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 8, 1);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      f.error("date", "expected a date like 2018-08-13, got " + Fields.quote(text));
      return null;
    }
  }

  /** Reads the {@code print} block; every key is optional. */
  static final class PrintSpecReader {
    private PrintSpecReader() {}

    static PrintSpec read(Row row, Diagnostics out) {
      if (row == null) {
        return null;
      }
      Fields f = new Fields(row, out);
      f.rejectUnknownKeys(PRINT_KEYS);
      PrintSpec d = PrintSpec.DEFAULT;
      TrimSize trim = f.present("trim") ? trim(f, out) : d.trim();
      Double bleed =
          f.present("bleed_mm") ? f.decimal("bleed_mm", 0, 10) : Double.valueOf(d.bleedMm());
      PrintSpec.Binding binding =
          f.present("binding")
              ? choice(f, "binding", PrintSpec.Binding.values(), PrintSpec.Binding::key)
              : d.binding();
      Double caliper =
          f.present("paper_caliper_mm")
              ? f.decimal("paper_caliper_mm", 0.03, 0.5)
              : Double.valueOf(d.paperCaliperMm());
      PrintStandard standard =
          f.present("standard")
              ? choice(f, "standard", PrintStandard.values(), PrintStandard::key)
              : d.standard();
      OutputCondition condition =
          f.present("output_condition")
              ? choice(f, "output_condition", OutputCondition.values(), OutputCondition::identifier)
              : d.outputCondition();
      boolean marks = f.bool("crop_marks", d.cropMarks());
      if (standard != null && condition != null && !standard.accepts(condition)) {
        f.error(
            "output_condition",
            "PDF/X-4 embeds the output profile and no redistributable FOGRA51 profile is "
                + "available; use FOGRA39, or \"standard\": \"PDF/X-1a\", which names FOGRA51 without its profile");
        return null;
      }
      if (trim == null
          || bleed == null
          || binding == null
          || caliper == null
          || standard == null
          || condition == null) {
        return null;
      }
      return new PrintSpec(trim, bleed, binding, caliper, standard, condition, marks);
    }

    static TrimSize trim(Fields f, Diagnostics out) {
      JsonNode node = f.row().get("trim");
      if (node.isTextual()) {
        Optional<TrimSize> named = TrimSize.findByName(node.asText().strip());
        if (named.isEmpty()) {
          f.error(
              "trim",
              "expected A4, A5 or { \"width_mm\": ..., \"height_mm\": ... }, got "
                  + Fields.got(node));
        }
        return named.orElse(null);
      }
      Row row = f.object("trim");
      if (row == null) {
        return null;
      }
      Fields t = new Fields(row, out);
      t.rejectUnknownKeys(List.of("width_mm", "height_mm"));
      Double width = t.requiredDecimal("width_mm", 20, 1000);
      Double height = t.requiredDecimal("height_mm", 20, 1000);
      return width == null || height == null ? null : new TrimSize(width, height, null);
    }

    private static <E> E choice(Fields f, String key, E[] values, Function<E, String> name) {
      List<String> names = Arrays.stream(values).map(name).toList();
      return f.requiredEnum(
          key,
          text -> Arrays.stream(values).filter(v -> name.apply(v).equals(text)).findFirst(),
          names);
    }
  }
}
