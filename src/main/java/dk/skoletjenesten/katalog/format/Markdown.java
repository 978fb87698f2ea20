package dk.skoletjenesten.katalog.format;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Article Markdown as XHTML; raw HTML in the Markdown is escaped, so it prints as written. Every
 * element says {@code lang="da"}, which switches on Danish hyphenation for its text.
 */
public final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .softbreak(" ")
          .attributeProviderFactory(
              context -> (node, tag, attributes) -> attributes.put("lang", "da"))
          .build();

  private Markdown() {}

  public static String toXhtml(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }
}
