package dk.skoletjenesten.katalog.finishing;

import java.io.IOException;

/** The input PDF cannot be finished as asked; the message says why, in the user's terms. */
public final class FinishingException extends IOException {
  private static final long serialVersionUID = 1L;

  FinishingException(String message) {
    super(message);
  }

  FinishingException(String message, Throwable cause) {
    super(message, cause);
  }
}
