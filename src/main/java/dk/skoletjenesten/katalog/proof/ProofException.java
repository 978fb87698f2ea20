package dk.skoletjenesten.katalog.proof;

/**
 * A fault while proofing a finished file (the file is ours, so this is a bug or a broken
 * installation, not bad input): says which file and page.
 */
public final class ProofException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ProofException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
