package dk.skoletjenesten.katalog.common;

import java.util.Locale;

/** How bad a diagnostic is. Errors stop a run; warnings are reported and the run goes on. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed in a diagnostic line: {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
