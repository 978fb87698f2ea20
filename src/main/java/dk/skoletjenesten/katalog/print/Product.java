package dk.skoletjenesten.katalog.print;

import static dk.skoletjenesten.katalog.print.PageCountRule.exactly;
import static dk.skoletjenesten.katalog.print.PageCountRule.multipleOf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What a file in the printer bundle is, and the table of how each product is printed: the one place
 * a new product (proofs, a screen edition) is declared. {@link #key()} is the word in
 * manifest.json; {@link #rules} resolves a row against the edition's print settings, and the
 * finishing spec and the preflight profile of every file are derived from the result.
 *
 * <p>The screen editions ({@code *-screen}: RGB, links and bookmarks, no bleed, not PDF/X) are made
 * from the same rendered PDF as their print product ({@link #screenEdition()}) and come with it.
 */
public enum Product {
  // key, bleed, safe zone (mm), page count, spot colours, crop marks apply, standard, --only word
  CATALOGUE("catalogue", edition(), 5, multipleOf(4), Set.of(), true, edition(), true),
  CATALOGUE_COVER("catalogue-cover", edition(), 5, exactly(1), Set.of(), true, edition(), false),
  INSERT("insert", edition(), 5, multipleOf(4), Set.of(), true, edition(), true),
  STICKER("sticker", fixed(2.0), 3, exactly(1), Set.of("CutContour"), false, edition(), true),
  STICKER_SHEET(
      "sticker-sheet", fixed(0.0), 3, exactly(1), Set.of("CutContour"), false, edition(), false),
  ANNUAL_REPORT("annual-report", edition(), 5, multipleOf(4), Set.of(), true, edition(), true),
  CATALOGUE_SCREEN(
      "catalogue-screen", fixed(0.0), 5, multipleOf(4), Set.of(), false, edition(), false),
  INSERT_SCREEN("insert-screen", fixed(0.0), 5, multipleOf(4), Set.of(), false, edition(), false),
  ANNUAL_REPORT_SCREEN(
      "annual-report-screen", fixed(0.0), 5, multipleOf(4), Set.of(), false, edition(), false);

  private final String key;
  private final Setting<Double> bleedMm;
  private final double safeZoneMm;
  private final PageCountRule pageCount;
  private final Set<String> spotColours;
  private final boolean cropMarks;
  private final Setting<PrintStandard> standard;
  private final boolean selectable;

  Product(
      String key,
      Setting<Double> bleedMm,
      double safeZoneMm,
      PageCountRule pageCount,
      Set<String> spotColours,
      boolean cropMarks,
      Setting<PrintStandard> standard,
      boolean selectable) {
    this.key = key;
    this.bleedMm = bleedMm;
    this.safeZoneMm = safeZoneMm;
    this.pageCount = pageCount;
    this.spotColours = spotColours;
    this.cropMarks = cropMarks;
    this.standard = standard;
    this.selectable = selectable;
  }

  /** The word in manifest.json and in the build's file list. */
  public String key() {
    return key;
  }

  /**
   * Whether {@code --only} names this product: a publication of its own that a build makes (a
   * catalogue's cover comes with the catalogue, a sticker's press sheet with the sticker).
   */
  public boolean selectable() {
    return selectable;
  }

  /**
   * The products {@code --only} names, in table order: catalogue, insert, sticker, annual-report.
   */
  public static List<Product> selectableProducts() {
    return Arrays.stream(values()).filter(Product::selectable).toList();
  }

  /** The selectable product with this key. */
  public static Optional<Product> findSelectable(String key) {
    return selectableProducts().stream().filter(p -> p.key.equals(key)).findFirst();
  }

  /**
   * The screen edition made from this product's rendered PDF: {@code catalogue-screen} for the
   * catalogue, {@code insert-screen} for an insert, {@code annual-report-screen} for the report;
   * empty for the others (covers, stickers, press sheets and the screen editions themselves).
   */
  public Optional<Product> screenEdition() {
    return switch (this) {
      case CATALOGUE -> Optional.of(CATALOGUE_SCREEN);
      case INSERT -> Optional.of(INSERT_SCREEN);
      case ANNUAL_REPORT -> Optional.of(ANNUAL_REPORT_SCREEN);
      default -> Optional.empty();
    };
  }

  /** Whether this is a screen edition (read on screen, never printed; not PDF/X). */
  public boolean forScreen() {
    return this == CATALOGUE_SCREEN || this == INSERT_SCREEN || this == ANNUAL_REPORT_SCREEN;
  }

  /** The bleed this product always has, whatever the edition says (a sticker's 2 mm). */
  public OptionalDouble fixedBleedMm() {
    return bleedMm.fixed().map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  /** How far text must stay inside the trim. */
  public double safeZoneMm() {
    return safeZoneMm;
  }

  /**
   * This product's row resolved against the edition's print settings: {@code editionBleedMm} and
   * {@code editionStandard} where the row takes the edition's, crop marks when they are wanted
   * (edition or command line) and apply to the product.
   */
  public PrintRules rules(
      double editionBleedMm,
      PrintStandard editionStandard,
      OutputCondition condition,
      boolean cropMarksWanted) {
    return new PrintRules(
        bleedMm.resolve(editionBleedMm),
        safeZoneMm,
        pageCount,
        spotColours,
        cropMarks && cropMarksWanted,
        standard.resolve(editionStandard),
        condition);
  }

  private static <T> Setting<T> edition() {
    return new Setting<>(Optional.empty());
  }

  private static <T> Setting<T> fixed(T value) {
    return new Setting<>(Optional.of(value));
  }

  /** A value the product takes from the edition's print settings, or fixes for itself. */
  private record Setting<T>(Optional<T> fixed) {
    private Setting {
      Objects.requireNonNull(fixed, "fixed");
    }

    T resolve(T edition) {
      return fixed.orElse(edition);
    }
  }
}
