package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads edition.json. Unknown keys are errors: a typo in a print setting must not pass. */
final class EditionReader {
  static final String FILE = "edition.json";

  /**
   * A custom trim from A6 (105 x 148 mm) up: the catalogue's layout needs that much (a 50 mm page
   * cannot hold a column of entries, and its pagination then never ends).
   */
  private static final double MIN_TRIM_WIDTH_MM = 105;

  private static final double MIN_TRIM_HEIGHT_MM = 148;
  private static final double MAX_TRIM_MM = 1000;
  private static final int MIN_PPI = 150;
  private static final double SECTION_PHOTO_WIDTH_MM = 193;
  private static final double SECTION_PHOTO_HEIGHT_MM = 128;
  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/\\d{2}");
  private static final Words<PrintSpec.Binding> BINDINGS =
      Words.of(PrintSpec.Binding.values(), PrintSpec.Binding::key);

  private static final Words<PrintSpec.SheetEdge> EDGES =
      Words.of(PrintSpec.SheetEdge.values(), PrintSpec.SheetEdge::key);

  /** The words edition.json uses for the PDF/X standards and the printing conditions. */
  private static final Words<PrintStandard> STANDARDS =
      Words.of(PrintStandard.values(), PrintStandard::key);

  private static final Words<OutputCondition> CONDITIONS =
      Words.of(OutputCondition.values(), OutputCondition::identifier);

  private static final JsonObjectReader<Edition> EDITION =
      JsonObjectReader.of(
          List.of(
              "school_year",
              "title",
              "subtitle",
              "portal_url",
              "publisher",
              "print",
              "date",
              "sections",
              "colophon"),
          EditionReader::edition);
  private static final JsonObjectReader<Edition.Publisher> PUBLISHER =
      JsonObjectReader.of(List.of("name", "address", "email", "phone"), EditionReader::publisher);
  private static final JsonObjectReader<Edition.Colophon> COLOPHON =
      JsonObjectReader.of(List.of("printer", "paper", "issn", "funders"), EditionReader::colophon);
  private static final Pattern ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dX]");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{6,18}[0-9]");
  private static final JsonObjectReader<PrintSpec> PRINT =
      JsonObjectReader.of(
          List.of(
              "trim",
              "bleed_mm",
              "binding",
              "paper_caliper_mm",
              "standard",
              "output_condition",
              "crop_marks",
              "sheet_gripper_mm",
              "sheet_gripper_edge"),
          EditionReader::print);
  private static final Words<Section> SECTIONS = Words.of(Section.values(), Section::label);
  private static final JsonObjectReader<Edition.SectionImage> SECTION_IMAGE =
      JsonObjectReader.of(List.of("section", "image"), EditionReader::sectionImage);
  private static final JsonObjectReader<TrimSize> CUSTOM_TRIM =
      JsonObjectReader.of(List.of("width_mm", "height_mm"), EditionReader::customTrim);

  private EditionReader() {}

  static Optional<Edition> read(DataFolder folder, Diagnostics out) {
    if (!folder.requireFile(FILE, "required file is missing")) {
      return Optional.empty();
    }
    Optional<Located<Edition>> edition = EDITION.readFile(folder, FILE, out);
    edition.ifPresent(e -> requireSectionImages(folder, e, out));
    return edition.map(Located::value);
  }

  /** Every section image that was read must be a file in {@code images/}. */
  private static void requireSectionImages(
      DataFolder folder, Located<Edition> edition, Diagnostics out) {
    JsonNode list = edition.row().get("sections");
    for (int i = 0; list != null && i < list.size(); i++) {
      String name = list.get(i).path("image").asText("");
      boolean read = edition.value().sectionImages().stream().anyMatch(s -> s.image().equals(name));
      if (read) {
        String field = "sections[" + i + "].image";
        folder
            .checkImage(edition.row(), field, name)
            .filter(h -> edition.value().print().trim().equals(TrimSize.A4))
            .ifPresent(h -> checkSectionResolution(edition.row(), field, name, h, out));
      }
    }
  }

  /**
   * A warning for a section photo that prints below {@value #MIN_PPI} ppi: on A4 it covers 193 x
   * 128 mm (from the outer edge of the bleed to the text column, from the top of the bleed).
   */
  private static void checkSectionResolution(
      Row row, String field, String name, ImageFile.Header header, Diagnostics out) {
    double ppi = header.ppiCovering(SECTION_PHOTO_WIDTH_MM, SECTION_PHOTO_HEIGHT_MM);
    if (ppi < MIN_PPI) {
      out.add(
          row.warning(
              field,
              "images/"
                  + TextCheck.escaped(name)
                  + " is "
                  + ImageFile.size(header)
                  + ", printed 193 x 128 mm at "
                  + Math.round(ppi)
                  + " ppi (below "
                  + MIN_PPI
                  + "; give about 2280 x 1510 px for 300 ppi)"));
    }
  }

  private static Optional<Edition.SectionImage> sectionImage(Fields f) {
    Section section = f.requiredWord("section", SECTIONS);
    String image =
        f.required("image", "expected a PNG or JPEG file name", () -> f.pngOrJpeg("image"))
            .orElse(null);
    return f.build(() -> new Edition.SectionImage(section, image));
  }

  private static Optional<Edition> edition(Fields f) {
    String schoolYear =
        f.requiredText("school_year", 20, SCHOOL_YEAR, "a school year like 2018/19");
    String title = f.requiredText("title", 140);
    Optional<String> subtitle = f.text("subtitle", 200);
    String portalUrl = f.requiredHttpsUrl("portal_url");
    Edition.Publisher publisher =
        f.requiredObject("publisher", "expected an object with name, address and email", PUBLISHER);
    PrintSpec print = f.object("print", PRINT, PrintSpec.DEFAULT);
    Optional<LocalDate> date = date(f);
    List<Edition.SectionImage> sectionImages = f.objects("sections", SECTION_IMAGE);
    Edition.Colophon colophon = f.object("colophon", COLOPHON, Edition.Colophon.NONE);
    return f.build(
        () ->
            new Edition(
                schoolYear,
                title,
                subtitle.orElse(null),
                portalUrl,
                publisher,
                print,
                date.orElseGet(() -> firstOfAugust(schoolYear)),
                sectionImages,
                colophon));
  }

  /** The publication date, when given; empty when absent or invalid (then the row is rejected). */
  private static Optional<LocalDate> date(Fields f) {
    return f.text("date", 20).flatMap(text -> parseDate(f, text));
  }

  private static Optional<LocalDate> parseDate(Fields f, String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      f.reject("date", "expected a date like 2018-08-13, got " + Fields.quote(text));
      return Optional.empty();
    }
  }

  /** The default publication date: 1 August of the school year's first year. */
  private static LocalDate firstOfAugust(String schoolYear) {
    return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 8, 1);
  }

  private static Optional<Edition.Publisher> publisher(Fields f) {
    String name = f.requiredText("name", 200);
    String address = f.requiredText("address", 300);
    String email = f.requiredEmail("email");
    Optional<String> phone = f.text("phone", 30, PHONE, "a telephone number like 33 12 34 56");
    return f.build(() -> new Edition.Publisher(name, address, email, phone.orElse(null)));
  }

  /** The {@code colophon} block; every key is optional. */
  private static Optional<Edition.Colophon> colophon(Fields f) {
    Optional<String> printer = f.text("printer", 200);
    Optional<String> paper = f.text("paper", 200);
    Optional<String> issn =
        f.text("issn", 30, ISSN, "an ISSN like 1234-5679").filter(i -> issn(f, i));
    List<String> funders = f.list("funders");
    return f.build(
        () ->
            new Edition.Colophon(
                printer.orElse(null), paper.orElse(null), issn.orElse(null), funders));
  }

  /** True when the ISSN's check digit is right (ISO 3297: weights 8 to 2, modulo 11). */
  private static boolean issn(Fields f, String issn) {
    String digits = issn.replace("-", "");
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (8 - i) * (digits.charAt(i) - '0');
    }
    int check = (11 - sum % 11) % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    if (digits.charAt(7) != expected) {
      f.error(
          "issn",
          "expected an ISSN whose check digit is " + expected + ", got " + Fields.quote(issn));
      return false;
    }
    return true;
  }

  /** The {@code print} block; every key is optional, with the defaults of the data contract. */
  private static Optional<PrintSpec> print(Fields f) {
    PrintSpec d = PrintSpec.DEFAULT;
    TrimSize trim = trim(f, d.trim());
    Double bleed = f.decimal("bleed_mm", 0, 10, d.bleedMm());
    PrintSpec.Binding binding = f.word("binding", BINDINGS, d.binding());
    Double caliper = f.decimal("paper_caliper_mm", 0.03, 0.5, d.paperCaliperMm());
    PrintStandard standard = f.word("standard", STANDARDS, d.standard());
    OutputCondition condition = f.word("output_condition", CONDITIONS, d.outputCondition());
    boolean marks = f.bool("crop_marks", d.cropMarks());
    Double gripper = f.decimal("sheet_gripper_mm", 0, 40, d.sheetGripperMm());
    PrintSpec.SheetEdge edge = f.word("sheet_gripper_edge", EDGES, d.sheetGripperEdge());
    if (standard != null && condition != null && !standard.accepts(condition)) {
      f.reject(
          "output_condition",
          "PDF/X-4 embeds the output profile and no redistributable FOGRA51 profile is "
              + "available; use FOGRA39, or \"standard\": \"PDF/X-1a\", which names FOGRA51 without its profile");
    }
    return f.build(
        () ->
            new PrintSpec(
                trim, bleed, binding, caliper, standard, condition, marks, gripper, edge));
  }

  /** {@code A4}, {@code A5} or {@code { "width_mm": ..., "height_mm": ... }}. */
  private static TrimSize trim(Fields f, TrimSize absent) {
    JsonNode node = f.row().get("trim");
    if (node == null || !node.isTextual()) {
      return f.object("trim", CUSTOM_TRIM, absent);
    }
    Optional<TrimSize> named = TrimSize.findByName(node.asText().strip());
    if (named.isEmpty()) {
      f.reject(
          "trim",
          "expected A4, A5 or { \"width_mm\": ..., \"height_mm\": ... }, got " + Fields.got(node));
    }
    return named.orElse(null);
  }

  private static Optional<TrimSize> customTrim(Fields f) {
    Double width = f.requiredDecimal("width_mm", MIN_TRIM_WIDTH_MM, MAX_TRIM_MM);
    Double height = f.requiredDecimal("height_mm", MIN_TRIM_HEIGHT_MM, MAX_TRIM_MM);
    return f.build(() -> new TrimSize(width, height, null));
  }
}
