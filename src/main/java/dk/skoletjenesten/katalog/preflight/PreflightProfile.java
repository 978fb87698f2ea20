package dk.skoletjenesten.katalog.preflight;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is checked against: its format, bleed, PDF/X flavour, printing condition, page count
 * and the spot colours the printer expects.
 *
 * @param trim expected final format; when empty, each page's TrimBox is taken as given
 * @param bleedMm expected bleed on every side (BleedBox = TrimBox + bleed)
 * @param standard PDF/X flavour, or {@link Standard#ANY} for any PDF
 * @param condition printing condition; sets the total area coverage limit
 * @param pageCount rule for the number of pages
 * @param allowedSpotColours spot colour names that are expected, e.g. {@code CutContour} or {@code
 *     All} (registration, crop marks); others give a warning
 * @param safeZoneMm how far text must stay inside the trim
 */
public record PreflightProfile(
    Optional<Trim> trim,
    double bleedMm,
    Standard standard,
    Condition condition,
    PageCountRule pageCount,
    Set<String> allowedSpotColours,
    double safeZoneMm) {

  public static final double DEFAULT_BLEED_MM = 3.0;
  public static final double DEFAULT_SAFE_ZONE_MM = 5.0;

  public PreflightProfile {
    Objects.requireNonNull(trim, "trim");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(pageCount, "pageCount");
    allowedSpotColours = Set.copyOf(allowedSpotColours);
    if (!(bleedMm >= 0 && bleedMm <= 20)) {
      throw new IllegalArgumentException("bleedMm must be 0-20 mm, got " + bleedMm);
    }
    if (!(safeZoneMm >= 0 && safeZoneMm <= 50)) {
      throw new IllegalArgumentException("safeZoneMm must be 0-50 mm, got " + safeZoneMm);
    }
  }

  /** PDF/X-4, FOGRA39, 3 mm bleed, 5 mm safe zone, any page count, trim from the TrimBox. */
  public static PreflightProfile pdfx4() {
    return new PreflightProfile(
        Optional.empty(),
        DEFAULT_BLEED_MM,
        Standard.PDF_X_4,
        Condition.FOGRA39,
        PageCountRule.any(),
        Set.of("All"),
        DEFAULT_SAFE_ZONE_MM);
  }

  public PreflightProfile withTrim(double widthMm, double heightMm) {
    return new PreflightProfile(
        Optional.of(new Trim(widthMm, heightMm)),
        bleedMm,
        standard,
        condition,
        pageCount,
        allowedSpotColours,
        safeZoneMm);
  }

  public PreflightProfile withBleedMm(double bleedMm) {
    return new PreflightProfile(
        trim, bleedMm, standard, condition, pageCount, allowedSpotColours, safeZoneMm);
  }

  public PreflightProfile withStandard(Standard standard, Condition condition) {
    return new PreflightProfile(
        trim, bleedMm, standard, condition, pageCount, allowedSpotColours, safeZoneMm);
  }

  public PreflightProfile withPageCount(PageCountRule pageCount) {
    return new PreflightProfile(
        trim, bleedMm, standard, condition, pageCount, allowedSpotColours, safeZoneMm);
  }

  public PreflightProfile withAllowedSpotColours(Set<String> names) {
    return new PreflightProfile(trim, bleedMm, standard, condition, pageCount, names, safeZoneMm);
  }

  public PreflightProfile withSafeZoneMm(double safeZoneMm) {
    return new PreflightProfile(
        trim, bleedMm, standard, condition, pageCount, allowedSpotColours, safeZoneMm);
  }

  /** A final format in millimetres. */
  public record Trim(double widthMm, double heightMm) {
    public Trim {
      if (!(widthMm > 0 && heightMm > 0)) {
        throw new IllegalArgumentException(
            "trim must be positive, got " + widthMm + " x " + heightMm);
      }
    }
  }

  /** The PDF/X flavour a file must meet. */
  public enum Standard {
    PDF_X_4("PDF/X-4"),
    PDF_X_1A("PDF/X-1a"),
    /** Any PDF: no PDF/X keys are checked; print rules (boxes, fonts, colour, ink) still are. */
    ANY("any PDF");

    private final String label;

    Standard(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A printing condition with its total area coverage limit. */
  public enum Condition {
    FOGRA39(330),
    FOGRA51(300);

    private final int maxInkPercent;

    Condition(int maxInkPercent) {
      this.maxInkPercent = maxInkPercent;
    }

    /** Highest allowed C+M+Y+K sum in percent. */
    public int maxInkPercent() {
      return maxInkPercent;
    }
  }

  /** How many pages a file may have. */
  public record PageCountRule(Kind kind, int count) {
    /** The kinds of rule. */
    public enum Kind {
      ANY,
      EVEN,
      MULTIPLE_OF,
      EXACTLY
    }

    public PageCountRule {
      Objects.requireNonNull(kind, "kind");
      if ((kind == Kind.MULTIPLE_OF || kind == Kind.EXACTLY) && count < 1) {
        throw new IllegalArgumentException(kind + " needs a count of at least 1, got " + count);
      }
    }

    public static PageCountRule any() {
      return new PageCountRule(Kind.ANY, 0);
    }

    public static PageCountRule even() {
      return new PageCountRule(Kind.EVEN, 2);
    }

    public static PageCountRule multipleOf(int count) {
      return new PageCountRule(Kind.MULTIPLE_OF, count);
    }

    public static PageCountRule exactly(int count) {
      return new PageCountRule(Kind.EXACTLY, count);
    }

    /** Whether {@code pages} meets the rule. */
    public boolean allows(int pages) {
      return switch (kind) {
        case ANY -> true;
        case EVEN -> pages % 2 == 0;
        case MULTIPLE_OF -> pages % count == 0;
        case EXACTLY -> pages == count;
      };
    }

    /** What the rule expects, in words: {@code a multiple of 4}. */
    public String expectation() {
      return switch (kind) {
        case ANY -> "any number";
        case EVEN -> "an even number";
        case MULTIPLE_OF -> String.format(Locale.ROOT, "a multiple of %d", count);
        case EXACTLY -> String.format(Locale.ROOT, "exactly %d", count);
      };
    }
  }
}
