package dk.skoletjenesten.katalog.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.UrlAwareLineBreakIterator;

/**
 * Line breaks as Flying Saucer finds them, plus Danish hyphenation points inside words where the
 * text's own element says {@code lang="da"}: Flying Saucer passes the {@code lang} of the text's
 * parent element only (it is not inherited), which makes hyphenation opt-in per element. Layouts
 * use it for running text and titles in narrow columns, not for lists of names (hyphenation costs
 * layout time: every break point is measured). A hyphenation point prints a hyphen only when the
 * line breaks there, so no soft-hyphen characters are involved.
 *
 * <p>E-mail addresses and web addresses ({@code booking@sted-i-byen.dk}, {@code
 * skoletjenesten.dk/sted}) break where a reader still sees an address: after {@code @} and {@code
 * /}, before {@code .} and {@code -} (so that no line ends in a hyphen a reader would take for a
 * word division), never before the top-level domain and never with a hyphen added. No character is
 * inserted for this (a zero-width space would reach the PDF).
 */
final class DanishLineBreaking implements LineBreakingStrategy {
  /** An e-mail address, or a host name with a path. */
  private static final Pattern ADDRESS =
      Pattern.compile("[^\\s@]+@[^\\s@]+|[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}/\\S*");

  @Override
  public BreakPointsProvider getBreakPointsProvider(
      String text, String lang, CalculatedStyle style) {
    UrlAwareLineBreakIterator natural = new UrlAwareLineBreakIterator(text);
    boolean danish = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("da");
    return new Provider(text, natural, danish, addresses(text));
  }

  /**
   * The rest of an address that Flying Saucer passes on its own once the line broke inside it: a
   * lowercase slug with hyphens, perhaps with its domain ({@code koebenhavns-raadhus.dk}).
   */
  private static final Pattern ADDRESS_REST =
      Pattern.compile("[a-z0-9æøå]+(-[a-z0-9æøå]+)+(\\.[a-z]{2,})?");

  /** The addresses in {@code text} as {start, end} pairs, in order. */
  static List<int[]> addresses(String text) {
    List<int[]> found = new ArrayList<>();
    if (text.indexOf('@') < 0 && text.indexOf('/') < 0) {
      if (ADDRESS_REST.matcher(text).matches()) {
        found.add(new int[] {0, text.length()});
      }
      return found;
    }
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    return found;
  }

  /** Break positions inside the address {@code text[start, end)}, strictly between its ends. */
  static List<Integer> addressBreaks(String text, int start, int end) {
    List<Integer> breaks = new ArrayList<>();
    int lastDot = text.lastIndexOf('.', end - 1);
    int slash = text.indexOf('/', start);
    int topLevelDot = slash >= start && slash < end ? text.lastIndexOf('.', slash) : lastDot;
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      char before = text.charAt(i - 1);
      boolean afterMark = (before == '@' || before == '/') && c != '/' && c != '-';
      boolean beforeMark = (c == '.' && i != topLevelDot) || (c == '-' && before != '-');
      if (afterMark || beforeMark) {
        breaks.add(i);
      }
    }
    return breaks;
  }

  private static final class Provider implements BreakPointsProvider {
    private final String text;
    private final UrlAwareLineBreakIterator natural;
    private final boolean danish;
    private final List<int[]> addresses;
    private final Deque<BreakPoint> pending = new ArrayDeque<>();
    private int last;

    Provider(
        String text, UrlAwareLineBreakIterator natural, boolean danish, List<int[]> addresses) {
      this.text = text;
      this.natural = natural;
      this.danish = danish;
      this.addresses = addresses;
    }

    @Override
    public BreakPoint next() {
      while (pending.isEmpty()) {
        int next = natural.next();
        if (next < 0) {
          return BreakPoint.getDonePoint();
        }
        queue(last, next);
        last = next;
      }
      return pending.poll();
    }

    /**
     * Break points in {@code (from, to]}: hyphenation points, address breaks, and {@code to}
     * itself.
     */
    private void queue(int from, int to) {
      TreeMap<Integer, BreakPoint> points = new TreeMap<>();
      if (danish) {
        queueHyphens(from, to, points);
      }
      boolean naturalInsideAddress = false;
      for (int[] a : addresses) {
        naturalInsideAddress |= a[0] < to && to < a[1];
        for (int at : addressBreaks(text, a[0], a[1])) {
          if (at > from && at <= to) {
            points.put(at, new BreakPoint(at));
          }
        }
      }
      if (!naturalInsideAddress && !atSlashInWord(to)) {
        points.put(to, new BreakPoint(to));
      }
      pending.addAll(points.values());
    }

    /**
     * Hyphenation points of the letter runs in {@code text[from, to)} that are not in an address.
     */
    private void queueHyphens(int from, int to, TreeMap<Integer, BreakPoint> points) {
      int i = from;
      while (i < to) {
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < to && Character.isLetter(text.charAt(i))) {
          i++;
        }
        if (inAddress(start)) {
          continue;
        }
        for (int at : DanishHyphenation.breaks(text.substring(start, i))) {
          BreakPoint point = new BreakPoint(start + at);
          point.setHyphen("-");
          points.put(start + at, point);
        }
      }
    }

    /**
     * Whether {@code at} is next to a slash between letters ({@code Fysik/kemi}): such a pair of
     * words reads as one and is not broken (Flying Saucer would break before the slash).
     */
    private boolean atSlashInWord(int at) {
      int slash = at < text.length() && text.charAt(at) == '/' ? at : at - 1;
      return slash > 0
          && slash + 1 < text.length()
          && text.charAt(slash) == '/'
          && Character.isLetter(text.charAt(slash - 1))
          && Character.isLetter(text.charAt(slash + 1));
    }

    private boolean inAddress(int at) {
      for (int[] a : addresses) {
        if (a[0] <= at && at < a[1]) {
          return true;
        }
      }
      return false;
    }
  }
}
