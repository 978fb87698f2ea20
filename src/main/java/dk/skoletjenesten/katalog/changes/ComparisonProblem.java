package dk.skoletjenesten.katalog.changes;

/**
 * A folder that cannot be compared or written to, worded for the user: it names the folder or file
 * and what is missing ({@code out-old: made by an older katalog: ...}). Not a fault of katalog: the
 * command line prints the message and exits 1.
 */
public final class ComparisonProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ComparisonProblem(String message) {
    super(message);
  }

  ComparisonProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
