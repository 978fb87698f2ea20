package dk.skoletjenesten.katalog.format;

/** Data text as it prints: no soft hyphens (Flying Saucer would draw them), no stray whitespace. */
public final class PrintText {
  private PrintText() {}

  public static String clean(String text) {
    return text == null ? null : text.replace("\u00AD", "").strip();
  }

  /** {@code https://www.skoletjenesten.dk/x/} becomes {@code skoletjenesten.dk/x}. */
  public static String host(String url) {
    String text = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
