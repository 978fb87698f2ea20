package dk.skoletjenesten.katalog.pdf;

/** Rendering failed: a missing resource, a resource outside the allowed folders, a layout error. */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RenderException(String message) {
    super(message);
  }

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
