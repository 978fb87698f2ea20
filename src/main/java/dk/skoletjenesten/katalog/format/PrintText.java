package dk.skoletjenesten.katalog.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data text as it prints: no soft hyphens (Flying Saucer would draw them), no stray whitespace, and
 * the Danish typography a typesetter would give it (Retskrivningsreglerne: one kind of quotation
 * marks throughout, the book's » «; apostrophes; en dashes in ranges of years).
 */
public final class PrintText {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]+)\"");
  private static final Pattern APOSTROPHE = Pattern.compile("(?<=[\\p{L}\\d])'(?=\\p{L})");
  private static final Pattern YEAR_RANGE =
      Pattern.compile("(?<![\\d-])(1[0-9]{3}|20[0-9]{2})-([0-9]{2}|[0-9]{4})(?![\\d-])");

  private static final Pattern PARTICLE_VERB =
      Pattern.compile("\\b(tage|tag|komme|kom|gå|tager|kommer|går) (hen|ud|med|op|ind)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:–—-]+$");

  /** A word that must not stand before the ellipsis of a shortened text ("farver og…"). */
  private static final Pattern TRAILING_SMALL_WORD =
      Pattern.compile(
          "\\s+(og|eller|men|i|på|med|af|at|en|et|til|for|om|fra|de|den|det|der|som|så|hvor|når"
              + "|hvordan|hvad|sin|sit|sine|deres|vores|jeres)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern LAST_SPACE = Pattern.compile(" (?=\\S+$)");

  private PrintText() {}

  /** Text from the data, cleaned and typeset: {@code "Skolen" i 1990'erne, 1940-45}. */
  public static String clean(String text) {
    return text == null ? null : typeset(source(text));
  }

  /**
   * Markdown source, cleaned but not typeset: its syntax (link titles in quotes, addresses) must
   * stay as written; {@link Markdown} typesets the text it renders.
   */
  public static String source(String text) {
    return text == null ? null : text.replace("\u00AD", "").strip();
  }

  /**
   * Straight quotes in pairs become » «, an apostrophe between letters becomes ’ ({@code FN’s},
   * {@code 1990’erne}), a hyphen between years an en dash ({@code 1940–45}). An unpaired quote is
   * left as written.
   */
  public static String typeset(String text) {
    String quoted = QUOTED.matcher(text).replaceAll("»$1«");
    String apostrophes = APOSTROPHE.matcher(quoted).replaceAll("\u2019");
    return YEAR_RANGE.matcher(apostrophes).replaceAll("$1\u2013$2");
  }

  /**
   * A display line (a headline, a title): a particle verb kept on one line ({@code tage hen},
   * {@code gå ud}) and the last two words joined, so that no line holds a word alone ({@code
   * Aabenraa Kommune}). The joins are no-break spaces; the text is otherwise unchanged.
   */
  public static String display(String text) {
    String verbs = PARTICLE_VERB.matcher(text).replaceAll("$1\u00A0$2");
    return LAST_SPACE.matcher(verbs).replaceFirst("\u00A0");
  }

  /**
   * {@code text} in at most {@code maxChars} characters: whole when it fits; else its first
   * sentences that fit; else cut at the last word boundary that leaves room for an ellipsis, with
   * the ellipsis ({@code …}) after the last whole word that may end a phrase (no trailing comma,
   * dash or small word such as {@code og} before it).
   */
  public static String shorten(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException(
          "expected room for a word and an ellipsis, got " + maxChars);
    }
    if (text.length() <= maxChars) {
      return text;
    }
    Matcher sentenceEnd = SENTENCE_END.matcher(text);
    int sentences = -1;
    while (sentenceEnd.find() && sentenceEnd.start() + 1 <= maxChars) {
      sentences = sentenceEnd.start() + 1;
    }
    if (sentences >= maxChars / 2) {
      return text.substring(0, sentences);
    }
    int cut = text.lastIndexOf(' ', maxChars - 1);
    String head = (cut > 0 ? text.substring(0, cut) : text.substring(0, maxChars - 1)).strip();
    String trimmed = head;
    do {
      head = trimmed;
      trimmed = TRAILING_PUNCTUATION.matcher(head).replaceFirst("");
      trimmed = TRAILING_SMALL_WORD.matcher(trimmed).replaceFirst("");
    } while (!trimmed.equals(head) && !trimmed.isEmpty());
    return (trimmed.isEmpty() ? head : trimmed) + "\u2026";
  }

  /** {@code https://www.skoletjenesten.dk/x/} becomes {@code skoletjenesten.dk/x}. */
  public static String host(String url) {
    String text = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
