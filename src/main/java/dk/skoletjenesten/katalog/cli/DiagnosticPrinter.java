package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.common.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics compiler style, one per line, and a count. */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    diagnostics.forEach(d -> err.println(d));
  }

  static String count(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
