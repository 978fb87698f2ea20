package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PageCountRule;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is checked against: its format, bleed, PDF/X flavour, printing condition, page count
 * and the spot colours the printer expects.
 *
 * @param trim expected final format; when empty, each page's TrimBox is taken as given
 * @param bleedMm expected bleed on every side (BleedBox = TrimBox + bleed)
 * @param standard PDF/X flavour; when empty, any PDF (no PDF/X keys are checked; print rules such
 *     as boxes, fonts, colour and ink still are)
 * @param condition printing condition; sets the total area coverage limit
 * @param pageCount rule for the number of pages
 * @param allowedSpotColours spot colour names that are expected, e.g. {@code CutContour} or {@code
 *     All} (registration, crop marks); others give a warning
 * @param safeZoneMm how far text must stay inside the trim
 */
public record PreflightProfile(
    Optional<Trim> trim,
    double bleedMm,
    Optional<PrintStandard> standard,
    OutputCondition condition,
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
        Optional.of(PrintStandard.PDF_X_4),
        OutputCondition.FOGRA39,
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

  public PreflightProfile withStandard(
      Optional<PrintStandard> standard, OutputCondition condition) {
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

  /** Whether the file must meet {@code standard}. */
  boolean requires(PrintStandard standard) {
    return this.standard.equals(Optional.of(standard));
  }

  /**
   * What the file is checked as, in words: {@code PDF/X-4}, {@code PDF/X-1a} or {@code any PDF}.
   */
  String standardLabel() {
    return standard.map(PrintStandard::key).orElse("any PDF");
  }
}
