package dk.skoletjenesten.katalog.delivery;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintRules;
import dk.skoletjenesten.katalog.print.PrintStandard;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.PrintSpec;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import dk.skoletjenesten.katalog.registry.TrimSize;
import dk.skoletjenesten.katalog.sticker.Stickers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How one file of the bundle is printed, as the printer needs it: final format, pages, colours
 * (front/back, plus spot colours that are not printed), paper and caliper, binding, PDF/X standard
 * and output condition, bleed, copies (stickers and copies; press sheets are counted in sheets) and
 * finishing. Made by {@link #of}; {@link #asMap()} is the same facts under the names of
 * print-order.json and manifest.json, in a fixed order.
 *
 * <p>Colours: the catalogue, inserts and the annual report are 4/4 (CMYK on both sides), the
 * catalogue's cover 4/0 (outside only), a sticker and its press sheet 4/0 plus the die line {@code
 * CutContour}. Binding: the catalogue as the edition says ({@code print.binding}), its cover {@code
 * perfect}, inserts and the annual report {@code saddle-stitch} (they are laid out so: 4, 8, 12 or
 * 16 pages; a multiple of 4), stickers {@code die-cut}. Paper: the edition's {@code
 * colophon.paper}, as written, and {@code print.paper_caliper_mm} for the catalogue and its cover
 * (the caliper sets the spine); the edition names no paper for the other products, so theirs is
 * absent (agreed with the printer).
 */
public record PrintFacts(
    String path,
    Product product,
    String title,
    OptionalInt municipality,
    String trim,
    double trimWidthMm,
    double trimHeightMm,
    int pages,
    String colours,
    List<String> spotColours,
    String paper,
    Double paperCaliperMm,
    String binding,
    PrintStandard standard,
    OutputCondition outputCondition,
    double bleedMm,
    int copies,
    CopiesUnit copiesUnit,
    Finishing finishing) {

  /** What {@link #copies} counts: printed copies, or press sheets. */
  public enum CopiesUnit {
    COPIES("copies"),
    SHEETS("sheets");

    private final String key;

    CopiesUnit(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public PrintFacts {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(municipality, "municipality");
    spotColours = List.copyOf(spotColours);
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(finishing, "finishing");
  }

  /** The print facts of {@code file}, from the edition and (for stickers) the order. */
  public static PrintFacts of(BundleFile file, Registry registry) {
    Edition edition = registry.edition();
    PrintSpec print = edition.print();
    PrintRules rules = print.rulesFor(file.product(), false);
    boolean catalogue =
        file.product() == Product.CATALOGUE || file.product() == Product.CATALOGUE_COVER;
    return new PrintFacts(
        file.path(),
        file.product(),
        file.title(),
        file.municipality(),
        trimName(file.trimWidthMm(), file.trimHeightMm()),
        file.trimWidthMm(),
        file.trimHeightMm(),
        file.pages(),
        colours(file.product()),
        spotColours(rules),
        catalogue ? edition.colophon().findPaper().orElse(null) : null,
        catalogue ? print.paperCaliperMm() : null,
        binding(file.product(), print),
        rules.standard(),
        rules.condition(),
        rules.bleedMm(),
        file.copies(),
        file.product() == Product.STICKER_SHEET ? CopiesUnit.SHEETS : CopiesUnit.COPIES,
        finishing(file, registry, String.join(", ", spotColours(rules))));
  }

  private static List<String> spotColours(PrintRules rules) {
    return rules.spotColours().stream().sorted().toList();
  }

  public Optional<String> findPaper() {
    return Optional.ofNullable(paper);
  }

  public OptionalDouble findPaperCaliperMm() {
    return paperCaliperMm == null ? OptionalDouble.empty() : OptionalDouble.of(paperCaliperMm);
  }

  /**
   * The facts under the names of print-order.json, in this order: path, product, title,
   * municipality (local products only), trim, trim_mm, pages, colours, spot_colours, paper,
   * paper_caliper_mm (null when the edition names none), binding, standard, output_condition,
   * bleed_mm, copies, copies_unit, finishing (its present parts).
   */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("path", path);
    map.put("product", product.key());
    map.put("title", title);
    municipality.ifPresent(code -> map.put("municipality", code));
    map.put("trim", trim);
    map.put("trim_mm", List.of(trimWidthMm, trimHeightMm));
    map.put("pages", pages);
    map.put("colours", colours);
    map.put("spot_colours", spotColours);
    map.put("paper", paper);
    map.put("paper_caliper_mm", paperCaliperMm);
    map.put("binding", binding);
    map.put("standard", standard.key());
    map.put("output_condition", outputCondition.identifier());
    map.put("bleed_mm", bleedMm);
    map.put("copies", copies);
    map.put("copies_unit", copiesUnit.key());
    map.put("finishing", finishing.asMap());
    return map;
  }

  /** {@code A4}, {@code A5}, or {@code 429.6 x 297 mm}. */
  static String trimName(double widthMm, double heightMm) {
    for (TrimSize named : List.of(TrimSize.A4, TrimSize.A5)) {
      if (named.widthMm() == widthMm && named.heightMm() == heightMm) {
        return named.describe();
      }
    }
    return new TrimSize(widthMm, heightMm, null).describe();
  }

  private static String colours(Product product) {
    return switch (product) {
      case CATALOGUE, INSERT, ANNUAL_REPORT -> "4/4";
      case CATALOGUE_COVER, STICKER, STICKER_SHEET -> "4/0";
      case CATALOGUE_SCREEN, INSERT_SCREEN, ANNUAL_REPORT_SCREEN -> throw notPrinted(product);
    };
  }

  private static String binding(Product product, PrintSpec print) {
    return switch (product) {
      case CATALOGUE -> print.binding().key();
      case CATALOGUE_COVER -> PrintSpec.Binding.PERFECT.key();
      case INSERT, ANNUAL_REPORT -> PrintSpec.Binding.SADDLE_STITCH.key();
      case STICKER, STICKER_SHEET -> "die-cut";
      case CATALOGUE_SCREEN, INSERT_SCREEN, ANNUAL_REPORT_SCREEN -> throw notPrinted(product);
    };
  }

  private static Finishing finishing(BundleFile file, Registry registry, String dieLine) {
    return switch (file.product()) {
      case CATALOGUE_COVER ->
          Finishing.spine(
              round(file.trimWidthMm() - 2 * registry.edition().print().trim().widthMm()));
      case INSERT ->
          file.municipality().stream()
              .mapToObj(code -> Finishing.looseIn(code, registry.requireMunicipality(code).name()))
              .findFirst()
              .orElse(Finishing.NONE);
      case STICKER, STICKER_SHEET -> dieCut(file, registry, dieLine);
      case CATALOGUE, ANNUAL_REPORT -> Finishing.NONE;
      case CATALOGUE_SCREEN, INSERT_SCREEN, ANNUAL_REPORT_SCREEN ->
          throw notPrinted(file.product());
    };
  }

  /** A screen edition has no print facts: it is not printed. */
  private static IllegalArgumentException notPrinted(Product product) {
    return new IllegalArgumentException(product.key() + " is not printed: it has no print facts");
  }

  /** The die line, and the imposition of the municipality's order when there is one. */
  private static Finishing dieCut(BundleFile file, Registry registry, String dieLine) {
    Optional<StickerOrder> order =
        registry.stickerOrders().stream()
            .filter(o -> file.municipality().equals(OptionalInt.of(o.municipality())))
            .findFirst();
    if (order.isEmpty()) {
      return new Finishing(dieLine, null, null, null, null, null);
    }
    PrintSpec print = registry.edition().print();
    int perSheet =
        Stickers.perSheet(
            order.get(), new Stickers.Gripper(print.sheetGripperMm(), print.sheetGripperEdge()));
    int stickers = order.get().findCopies().orElse(registry.copiesIn(order.get().municipality()));
    int sheets =
        file.product() == Product.STICKER_SHEET
            ? file.copies()
            : perSheet == 0 ? 0 : (stickers + perSheet - 1) / perSheet;
    return Finishing.dieCut(dieLine, perSheet, sheets);
  }

  /** Millimetres to a tenth of a micrometre, so that 429.6 - 420 reads 9.6. */
  private static double round(double mm) {
    return Math.round(mm * 10_000) / 10_000.0;
  }
}
