package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.registry.TextCheck;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics compiler style, one per line, and a count. Control characters that a message
 * echoes from the data are printed escaped ({@code \u001b}), never raw: an escape sequence in a
 * cell must not drive the user's terminal, and a line break must not split a diagnostic.
 */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    diagnostics.forEach(d -> err.println(TextCheck.escaped(d.toString())));
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
