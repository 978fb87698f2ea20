package dk.skoletjenesten.katalog.catalogue;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Article Markdown as XHTML; raw HTML in the Markdown is escaped, so it prints as written. */
final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).softbreak(" ").build();

  private Markdown() {}

  static String toXhtml(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }
}
