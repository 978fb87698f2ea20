package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Diagnostic;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** What the checks found in one file: diagnostics, spot colour names, the highest ink sum. */
final class Findings {
  private final String file;
  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
  private final SortedSet<String> spotColours = new TreeSet<>();
  private double maxInkPercent;

  Findings(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void error(int page, String field, String message) {
    diagnostics.add(Diagnostic.errorAt(file, "page " + page, field, message));
  }

  void warning(int page, String field, String message) {
    diagnostics.add(Diagnostic.warningAt(file, "page " + page, field, message));
  }

  /** A problem of the file as a whole. */
  void error(String field, String message) {
    diagnostics.add(Diagnostic.errorAt(file, null, field, message));
  }

  void spotColour(String name) {
    spotColours.add(name);
  }

  void inkPercent(double percent) {
    maxInkPercent = Math.max(maxInkPercent, percent);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics.stream().sorted().toList();
  }

  List<String> spotColours() {
    return List.copyOf(spotColours);
  }

  double maxInkPercent() {
    return maxInkPercent;
  }
}
