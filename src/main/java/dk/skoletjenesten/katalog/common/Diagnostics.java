package dk.skoletjenesten.katalog.common;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one run; nothing stops at the first problem. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void addAll(List<Diagnostic> diagnostics) {
    items.addAll(diagnostics);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public long errorCount() {
    return items.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return items.size() - errorCount();
  }

  /** All diagnostics so far, sorted by file, line or path, then message. */
  public List<Diagnostic> sorted() {
    return items.stream().sorted().distinct().toList();
  }
}
