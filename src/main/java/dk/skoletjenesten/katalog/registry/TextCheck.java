package dk.skoletjenesten.katalog.registry;

import java.util.Optional;

/**
 * The characters that no text of the data may hold, and how messages show them. Every C0 control
 * character except tab, line feed and carriage return, DEL, the C1 controls (U+0080-U+009F), a
 * surrogate that is not half of a pair, and the non-characters U+FFFE and U+FFFF are refused, never
 * stripped: they are invisible, XML cannot carry most of them, and which text was meant is not
 * known (an escape sequence, a stray byte from another encoding). Tab, line feed and carriage
 * return are accepted where the format allows line breaks (CSV cells in quotes, Markdown, JSON
 * strings); the readers strip them at the ends of a value.
 *
 * <p>Public for {@link #escaped}, which every printer of messages that quote data uses.
 */
public final class TextCheck {
  private TextCheck() {}

  /**
   * What is wrong with {@code text}, naming the first refused character and its 1-based position in
   * the value: {@code control character U+001B at position 5}.
   */
  static Optional<String> problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (isRefused(c)) {
        return Optional.of(describe(c) + " at position " + (i + 1));
      }
    }
    return Optional.empty();
  }

  /** The text with every refused character, and tab and line breaks, written as {@code \\uXXXX}. */
  public static String escaped(String text) {
    if (text == null) {
      return "null"; // as string concatenation writes it
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (isRefused(c) || c == '\t' || c == '\n' || c == '\r') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code c}, standing alone (not as half of a surrogate pair), is refused. */
  /** {@code expected printable text, got control character U+001B at position 5}. */
  static Optional<String> message(String text) {
    return problem(text).map(p -> "expected printable text, got " + p);
  }

  private static boolean isRefused(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
        || c >= 0x7f && c <= 0x9f
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private static String describe(char c) {
    String code = String.format("U+%04X", (int) c);
    if (Character.isSurrogate(c)) {
      return "lone surrogate " + code;
    }
    return c >= 0xfffe ? "non-character " + code : "control character " + code;
  }
}
