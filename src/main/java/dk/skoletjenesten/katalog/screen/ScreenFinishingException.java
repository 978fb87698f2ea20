package dk.skoletjenesten.katalog.screen;

import java.io.IOException;

/** The rendered PDF cannot be made a screen edition; the message says why, in the user's terms. */
public final class ScreenFinishingException extends IOException {
  private static final long serialVersionUID = 1L;

  ScreenFinishingException(String message) {
    super(message);
  }

  ScreenFinishingException(String message, Throwable cause) {
    super(message, cause);
  }
}
