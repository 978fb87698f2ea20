package dk.skoletjenesten.katalog.print;

import java.util.Objects;
import java.util.Set;

/**
 * How one file is printed: its product's row of the {@link Product} table resolved against the
 * edition's print settings. The finishing spec and the preflight profile are both made from it.
 *
 * @param bleedMm bleed on every side
 * @param safeZoneMm how far text must stay inside the trim
 * @param pageCount rule for the number of pages
 * @param spotColours spot colours the printer expects, e.g. {@code CutContour}
 * @param cropMarks whether crop marks are drawn outside the bleed
 * @param standard the PDF/X flavour
 * @param condition the printing condition
 */
public record PrintRules(
    double bleedMm,
    double safeZoneMm,
    PageCountRule pageCount,
    Set<String> spotColours,
    boolean cropMarks,
    PrintStandard standard,
    OutputCondition condition) {

  public PrintRules {
    Objects.requireNonNull(pageCount, "pageCount");
    spotColours = Set.copyOf(spotColours);
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(condition, "condition");
  }
}
