package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The link and image targets of the data's Markdown (articles, report texts, insert intros) that
 * {@code validate} refuses, parsed as {@code format.Markdown} parses them for print.
 */
final class MarkdownTargets {
  private static final Parser LOCATING_PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  private MarkdownTargets() {}

  /**
   * A link or image target that a publication must not carry: {@code line} is 1-based in the
   * Markdown given, {@code message} says what was expected ({@code expected an https: or mailto:
   * link, got "javascript:alert(1)"}).
   */
  record RefusedTarget(int line, String message) {}

  /**
   * The link and image targets of {@code markdown} that are refused: a link that is not {@code
   * https:} or {@code mailto:} (no {@code javascript:}, {@code data:}, {@code file:} or relative
   * link reaches a PDF), and an image that is an address, an absolute path or a path with {@code
   * ..} (an image is a file of the data folder, never fetched).
   */
  static List<RefusedTarget> refusedTargets(String markdown) {
    List<RefusedTarget> refused = new ArrayList<>();
    LOCATING_PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                String target = link.getDestination();
                String lower = target.toLowerCase(Locale.ROOT);
                if (!lower.startsWith("https:") && !lower.startsWith("mailto:")) {
                  refused.add(
                      at(link, "expected an https: or mailto: link, got " + quoted(target)));
                }
                visitChildren(link);
              }

              @Override
              public void visit(Image image) {
                String target = image.getDestination();
                if (SCHEME.matcher(target).lookingAt()
                    || target.startsWith("/")
                    || target.startsWith("\\")
                    || target.replace('\\', '/').matches("(.*/)?\\.\\.(/.*)?")) {
                  refused.add(
                      at(image, "expected an image file name in images/, got " + quoted(target)));
                }
                visitChildren(image);
              }
            });
    return refused;
  }

  /** Reports each refused target of a Markdown body that starts on {@code firstLine} of a file. */
  static void check(String file, int firstLine, String body, Diagnostics out) {
    refusedTargets(body)
        .forEach(t -> out.add(Diagnostic.error(file, firstLine + t.line() - 1, null, t.message())));
  }

  private static RefusedTarget at(Node node, String message) {
    int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
    return new RefusedTarget(line + 1, message);
  }

  private static String quoted(String target) {
    return Fields.quote(target);
  }
}
