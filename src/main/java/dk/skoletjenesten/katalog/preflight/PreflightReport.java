package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of preflighting one file.
 *
 * @param file the file as given
 * @param pages its page count (0 when it could not be read)
 * @param diagnostics errors and warnings, sorted
 * @param spotColours spot colour names painted anywhere, sorted
 * @param maxInkPercent the highest total area coverage measured, in percent
 */
public record PreflightReport(
    String file,
    int pages,
    List<Diagnostic> diagnostics,
    List<String> spotColours,
    double maxInkPercent) {

  public PreflightReport {
    Objects.requireNonNull(file, "file");
    diagnostics = diagnostics.stream().sorted().toList();
    spotColours = List.copyOf(spotColours);
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }

  /** No errors (warnings allowed). */
  public boolean passed() {
    return errorCount() == 0;
  }

  /**
   * A readable summary: one line with the verdict and counts, then each diagnostic.
   *
   * <pre>
   * out/catalogue.pdf: failed: 12 pages, 1 error, 0 warnings; spot colours: All; ink up to 290%
   * out/catalogue.pdf: page 3: error: colour: DeviceRGB fill in page content
   * </pre>
   */
  public String toText() {
    StringBuilder text = new StringBuilder(summary()).append('\n');
    diagnostics.forEach(diagnostic -> text.append(diagnostic).append('\n'));
    return text.toString();
  }

  /** The summaries of several files and a closing total line. */
  public static String toText(List<PreflightReport> reports) {
    StringBuilder text = new StringBuilder();
    reports.forEach(report -> text.append(report.toText()));
    long errors = reports.stream().mapToLong(PreflightReport::errorCount).sum();
    long warnings = reports.stream().mapToLong(PreflightReport::warningCount).sum();
    long failed = reports.stream().filter(report -> !report.passed()).count();
    return text.append(
            String.format(
                Locale.ROOT,
                "%s checked, %d failed: %s, %s%n",
                count(reports.size(), "file"),
                failed,
                count(errors, "error"),
                count(warnings, "warning")))
        .toString();
  }

  private String summary() {
    return String.format(
        Locale.ROOT,
        "%s: %s: %s, %s, %s; spot colours: %s; ink up to %d%%",
        file,
        passed() ? "passed" : "failed",
        count(pages, "page"),
        count(errorCount(), "error"),
        count(warningCount(), "warning"),
        spotColours.isEmpty() ? "none" : String.join(", ", spotColours),
        Math.round(maxInkPercent));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The report as plain records for {@code preflight.json} (Jackson writes records as is). */
  public Json json() {
    return new Json(
        file,
        passed(),
        pages,
        errorCount(),
        warningCount(),
        spotColours,
        Math.round(maxInkPercent),
        diagnostics.stream().map(Entry::of).toList());
  }

  /** One file in {@code preflight.json}. */
  public record Json(
      String file,
      boolean passed,
      int pages,
      long errors,
      long warnings,
      List<String> spotColours,
      long maxInkPercent,
      List<Entry> diagnostics) {}

  /**
   * One diagnostic in {@code preflight.json}.
   *
   * @param severity {@code error} or {@code warning}
   * @param location {@code page 3}, or null for the file as a whole
   * @param field the check: {@code boxes}, {@code pages}, {@code font}, {@code glyph}, {@code
   *     colour}, {@code image}, {@code ink}, {@code pdfx}, {@code safe-zone}, {@code pdf}
   * @param message what is wrong and what was expected
   * @param text the whole diagnostic line as printed
   */
  public record Entry(String severity, String location, String field, String message, String text) {
    static Entry of(Diagnostic diagnostic) {
      return new Entry(
          diagnostic.severity().label(),
          diagnostic.location(),
          diagnostic.field(),
          diagnostic.message(),
          diagnostic.toString());
    }
  }
}
