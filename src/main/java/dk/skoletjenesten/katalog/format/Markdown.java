package dk.skoletjenesten.katalog.format;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
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
    return RENDERER.render(typeset(PARSER.parse(markdown)));
  }

  /**
   * The body of a text whose title the layout prints itself (an article, a report section): a
   * first-level heading that opens the text and says the same as {@code title} is left out, so the
   * title is not printed twice.
   */
  public static String bodyToXhtml(String markdown, String title) {
    Node document = PARSER.parse(markdown);
    Node first = document.getFirstChild();
    if (first instanceof Heading heading
        && heading.getLevel() == 1
        && sameWords(plainText(heading), title)) {
      heading.unlink();
    }
    return RENDERER.render(typeset(document));
  }

  /** The document with its text typeset the Danish way ({@link PrintText#typeset}). */
  private static Node typeset(Node document) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            text.setLiteral(PrintText.typeset(text.getLiteral()));
          }
        });
    return document;
  }

  private static boolean sameWords(String a, String b) {
    return normalised(a).equals(normalised(b));
  }

  private static String normalised(String text) {
    return Danish.lowerCase(text.strip().replaceAll("\\s+", " "));
  }

  private static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
    return text.toString();
  }
}
