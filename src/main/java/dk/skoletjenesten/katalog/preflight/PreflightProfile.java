package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PageCountRule;
import dk.skoletjenesten.katalog.print.PrintRules;
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
 * @param layout where text goes and whether the pages are read as text; when empty, the layout
 *     checks (live area, fill, headings, index lines) do not run
 * @param screen a screen edition ({@link #screen}): checked for what a reader needs (fonts
 *     embedded, links that land, https:/mailto: only, RGB, bookmarks, title and language, MediaBox
 *     the trim) instead of the print rules
 */
public record PreflightProfile(
    Optional<Trim> trim,
    double bleedMm,
    Optional<PrintStandard> standard,
    OutputCondition condition,
    PageCountRule pageCount,
    Set<String> allowedSpotColours,
    double safeZoneMm,
    Optional<Layout> layout,
    boolean screen) {

  static final double DEFAULT_BLEED_MM = 3.0;
  static final double DEFAULT_SAFE_ZONE_MM = 5.0;

  public PreflightProfile {
    Objects.requireNonNull(trim, "trim");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(pageCount, "pageCount");
    allowedSpotColours = Set.copyOf(allowedSpotColours);
    Objects.requireNonNull(layout, "layout");
    if (!(bleedMm >= 0 && bleedMm <= 20)) {
      throw new IllegalArgumentException("bleedMm must be 0-20 mm, got " + bleedMm);
    }
    if (!(safeZoneMm >= 0 && safeZoneMm <= 50)) {
      throw new IllegalArgumentException("safeZoneMm must be 0-50 mm, got " + safeZoneMm);
    }
  }

  /** PDF/X-4, FOGRA39, 3 mm bleed, 5 mm safe zone, any page count, trim from the TrimBox. */
  public static PreflightProfile pdfx4() {
    return builder().build();
  }

  /**
   * A screen edition of {@code widthMm} x {@code heightMm}: no bleed, any PDF (never PDF/X),
   * checked by the screen rules.
   */
  public static PreflightProfile screen(double widthMm, double heightMm) {
    Builder builder = builder().trim(widthMm, heightMm).bleedMm(0).anyPdf();
    builder.screen = true;
    return builder.build();
  }

  /** A builder that starts from {@link #pdfx4()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this profile. */
  public Builder toBuilder() {
    Builder builder =
        builder()
            .bleedMm(bleedMm)
            .condition(condition)
            .pageCount(pageCount)
            .allowedSpotColours(allowedSpotColours)
            .safeZoneMm(safeZoneMm);
    builder.trim = trim;
    builder.standard = standard;
    builder.layout = layout;
    builder.screen = screen;
    return builder;
  }

  /** Builds a {@link PreflightProfile}; {@link #build()} checks the parts. */
  public static final class Builder {
    private Optional<Trim> trim = Optional.empty();
    private double bleedMm = DEFAULT_BLEED_MM;
    private Optional<PrintStandard> standard = Optional.of(PrintStandard.PDF_X_4);
    private OutputCondition condition = OutputCondition.FOGRA39;
    private PageCountRule pageCount = PageCountRule.any();
    private Set<String> allowedSpotColours = Set.of("All");
    private double safeZoneMm = DEFAULT_SAFE_ZONE_MM;
    private Optional<Layout> layout = Optional.empty();
    private boolean screen;

    private Builder() {}

    /** Run the layout checks against {@code layout}. */
    public Builder layout(Layout layout) {
      this.layout = Optional.of(layout);
      return this;
    }

    public Builder trim(double widthMm, double heightMm) {
      this.trim = Optional.of(new Trim(widthMm, heightMm));
      return this;
    }

    public Builder bleedMm(double bleedMm) {
      this.bleedMm = bleedMm;
      return this;
    }

    public Builder standard(PrintStandard standard) {
      this.standard = Optional.of(standard);
      return this;
    }

    /** Any PDF: no PDF/X keys are checked; print rules (boxes, fonts, colour, ink) still are. */
    public Builder anyPdf() {
      this.standard = Optional.empty();
      return this;
    }

    public Builder condition(OutputCondition condition) {
      this.condition = condition;
      return this;
    }

    public Builder pageCount(PageCountRule pageCount) {
      this.pageCount = pageCount;
      return this;
    }

    public Builder allowedSpotColours(Set<String> names) {
      this.allowedSpotColours = names;
      return this;
    }

    public Builder safeZoneMm(double safeZoneMm) {
      this.safeZoneMm = safeZoneMm;
      return this;
    }

    /** Bleed, standard, condition, page count, spot colours and safe zone as a product's. */
    public Builder rules(PrintRules rules) {
      return bleedMm(rules.bleedMm())
          .standard(rules.standard())
          .condition(rules.condition())
          .pageCount(rules.pageCount())
          .allowedSpotColours(rules.spotColours())
          .safeZoneMm(rules.safeZoneMm());
    }

    public PreflightProfile build() {
      return new PreflightProfile(
          trim,
          bleedMm,
          standard,
          condition,
          pageCount,
          allowedSpotColours,
          safeZoneMm,
          layout,
          screen);
    }
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

  /**
   * How a publication is laid out, for the layout checks: the live area in millimetres from the
   * trim (where text may go, running heads and folios included; mirrored: odd pages are right-hand
   * pages with the inner margin on the left) and whether its pages are text pages, read one after
   * the other (catalogue, insert, report), or artwork (a cover, a sticker, a press sheet). Only
   * text pages are checked for fill, headings and index lines.
   */
  public record Layout(
      double topMm, double bottomMm, double innerMm, double outerMm, boolean textPages) {
    public Layout {
      for (double mm : new double[] {topMm, bottomMm, innerMm, outerMm}) {
        if (!(mm >= 0 && mm <= 100)) {
          throw new IllegalArgumentException("live area margins must be 0-100 mm, got " + mm);
        }
      }
    }

    /** Text pages with these margins. */
    public static Layout textPages(double topMm, double bottomMm, double innerMm, double outerMm) {
      return new Layout(topMm, bottomMm, innerMm, outerMm, true);
    }

    /** Artwork whose live area is {@code marginMm} inside the trim on every side. */
    public static Layout artwork(double marginMm) {
      return new Layout(marginMm, marginMm, marginMm, marginMm, false);
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
