package dk.skoletjenesten.katalog.catalogue;

/** Data text as it prints: no soft hyphens (Flying Saucer would draw them), no stray whitespace. */
final class Text {
  private Text() {}

  static String clean(String text) {
    return text == null ? null : text.replace("\u00AD", "").strip();
  }

  /** {@code https://www.skoletjenesten.dk/x/} becomes {@code skoletjenesten.dk/x}. */
  static String host(String url) {
    String text = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
