package dk.skoletjenesten.katalog.cli;

/** The exit codes of {@code katalog}, as documented in the README. */
final class ExitCode {
  static final int OK = 0;

  /** Refused: bad data or a failed preflight; diagnostics were printed and nothing was written. */
  static final int REFUSED = 1;

  static final int USAGE = 2;
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
