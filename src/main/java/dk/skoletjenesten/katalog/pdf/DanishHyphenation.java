package dk.skoletjenesten.katalog.pdf;

import io.github.nianna.api.Hyphenator;
import io.github.nianna.api.HyphenatorProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liang hyphenation with the TeX {@code hyph-da} patterns (Frank Jensen, MIT licence; the file with
 * its licence header is a resource next to this class). At least three letters stay on each side of
 * a break, which reads better in narrow columns than TeX's two.
 */
final class DanishHyphenation {
  private static final String PATTERNS = "hyph-da.tex";
  private static final int MIN_LEFT = 3;
  private static final int MIN_RIGHT = 3;
  private static final int MAX_PIECE = 12;
  private static final Hyphenator HYPHENATOR =
      new Hyphenator(patterns(), new HyphenatorProperties(MIN_LEFT, MIN_RIGHT));
  private static final Map<String, List<Integer>> CACHE = new ConcurrentHashMap<>();

  private DanishHyphenation() {}

  /** Positions inside {@code word} (all letters) where it may break with a hyphen. */
  static List<Integer> breaks(String word) {
    if (word.length() < MIN_LEFT + MIN_RIGHT) {
      return List.of();
    }
    return CACHE.computeIfAbsent(word, w -> List.copyOf(hyphenate(w)));
  }

  private static List<Integer> hyphenate(String word) {
    List<Integer> indexes =
        new ArrayList<>(HYPHENATOR.hyphenateToken(word.toLowerCase(Locale.ROOT)).hyphenIndexes());
    return withEmergencyBreaks(indexes, word.length());
  }

  /**
   * Pieces longer than {@value #MAX_PIECE} letters (long names, made-up words) get extra break
   * points, so that no word is wider than its column.
   */
  static List<Integer> withEmergencyBreaks(List<Integer> breaks, int length) {
    List<Integer> all = new ArrayList<>();
    int previous = 0;
    for (int at : append(breaks, length)) {
      for (int extra = previous + MAX_PIECE; extra < at - MIN_RIGHT + 1; extra += MAX_PIECE) {
        all.add(extra);
      }
      if (at < length) {
        all.add(at);
      }
      previous = at;
    }
    return all;
  }

  private static List<Integer> append(List<Integer> breaks, int end) {
    List<Integer> out = new ArrayList<>(breaks);
    out.add(end);
    return out;
  }

  /** The patterns between {@code \patterns{} and the closing brace, comments dropped. */
  static List<String> patterns() {
    try (InputStream in = DanishHyphenation.class.getResourceAsStream(PATTERNS)) {
      if (in == null) {
        throw new IllegalStateException(
            "hyphenation patterns " + PATTERNS + " are missing from the program");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String body = text.substring(text.indexOf("\\patterns{") + "\\patterns{".length());
      body = body.substring(0, body.indexOf('}'));
      return Arrays.stream(body.split("\\s+"))
          .filter(p -> !p.isEmpty() && !p.startsWith("%"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hyphenation patterns " + PATTERNS, e);
    }
  }
}
