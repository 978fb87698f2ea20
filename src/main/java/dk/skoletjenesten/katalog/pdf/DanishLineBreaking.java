package dk.skoletjenesten.katalog.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.UrlAwareLineBreakIterator;

/**
 * Line breaks as Flying Saucer finds them, plus Danish hyphenation points inside words where the
 * text's own element says {@code lang="da"}: Flying Saucer passes the {@code lang} of the text's
 * parent element only (it is not inherited), which makes hyphenation opt-in per element. Layouts
 * use it for running text and titles in narrow columns, not for lists of names (hyphenation
 * costs layout time: every break point is measured). A hyphenation point prints a hyphen only
 * when the line breaks there, so no soft-hyphen characters are involved.
 */
final class DanishLineBreaking implements LineBreakingStrategy {

  @Override
  public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
    UrlAwareLineBreakIterator natural = new UrlAwareLineBreakIterator(text);
    boolean danish = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("da");
    return new Provider(text, natural, danish);
  }

  private static final class Provider implements BreakPointsProvider {
    private final String text;
    private final UrlAwareLineBreakIterator natural;
    private final boolean danish;
    private final Deque<BreakPoint> pending = new ArrayDeque<>();
    private int last;

    Provider(String text, UrlAwareLineBreakIterator natural, boolean danish) {
      this.text = text;
      this.natural = natural;
      this.danish = danish;
    }

    @Override
    public BreakPoint next() {
      if (!pending.isEmpty()) {
        return pending.poll();
      }
      int next = natural.next();
      if (next < 0) {
        return BreakPoint.getDonePoint();
      }
      if (danish) {
        queueHyphens(last, next);
      }
      last = next;
      pending.add(new BreakPoint(next));
      return pending.poll();
    }

    /** Hyphenation points of the letter runs in {@code text[from, to)}. */
    private void queueHyphens(int from, int to) {
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
        for (int at : DanishHyphenation.breaks(text.substring(start, i))) {
          BreakPoint point = new BreakPoint(start + at);
          point.setHyphen("-");
          pending.add(point);
        }
      }
    }
  }
}
