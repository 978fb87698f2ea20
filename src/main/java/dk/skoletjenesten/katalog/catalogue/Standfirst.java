package dk.skoletjenesten.katalog.catalogue;

/**
 * The standfirst of an article: the paragraph that opens its text, set large under the title. The
 * text is the XHTML of {@code Markdown}, whose paragraphs never nest.
 */
final class Standfirst {
  private static final String CLOSE = "</p>";

  private Standfirst() {}

  /** Where the opening paragraph of {@code html} ends; 0 when the text opens with no paragraph. */
  static int end(String html) {
    if (!html.startsWith("<p>") && !html.startsWith("<p ")) {
      return 0;
    }
    int close = html.indexOf(CLOSE);
    return close < 0 ? 0 : close + CLOSE.length();
  }
}
