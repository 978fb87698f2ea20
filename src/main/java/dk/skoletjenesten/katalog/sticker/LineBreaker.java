package dk.skoletjenesten.katalog.sticker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Sets a sticker's headline in balanced lines. Words that must not end a line (prepositions, "i",
 * articles, "og") are bound to the next word, and the municipality's name to "Kommune", so that
 * "Find alle tilbud i Hjørring Kommune" can only break as "Find alle tilbud / i Hjørring Kommune".
 * The lines are then filled to the narrowest widths that still hold the text in the wanted number
 * of lines, the way {@code text-wrap: balance} does, so no line is left much shorter than the
 * others.
 */
final class LineBreaker {
  /** The shortest line may be no narrower than this share of the longest. */
  static final double MIN_BALANCE = 0.6;

  /** Words that never end a line: they belong to what follows them. */
  static final Set<String> BINDS_FORWARD =
      Set.of(
          "i", "på", "til", "for", "fra", "med", "om", "af", "ad", "ved", "hos", "under", "over",
          "efter", "mod", "uden", "mellem", "gennem", "omkring", "og", "eller", "en", "et", "den",
          "det", "de", "alle", "at", "som", "din", "dit", "dine", "jeres", "vores");

  private static final int SEARCH_STEPS = 24;

  private LineBreaker() {}

  /**
   * The headline's unbreakable units in order: words joined where no break may fall. {@code
   * keepTogether} (the municipality's name, may be empty) is never broken, nor is the word before
   * "Kommune" separated from it.
   */
  static List<String> units(String text, String keepTogether) {
    String[] words = text.strip().split("\\s+");
    boolean[] bound = new boolean[words.length];
    for (int i = 0; i + 1 < words.length; i++) {
      String next = words[i + 1].toLowerCase(Locale.ROOT);
      bound[i] =
          BINDS_FORWARD.contains(words[i].toLowerCase(Locale.ROOT)) || next.startsWith("kommune");
    }
    String[] name = keepTogether.isBlank() ? new String[0] : keepTogether.strip().split("\\s+");
    for (int i = 0; i + name.length <= words.length && name.length > 1; i++) {
      if (startsPhrase(words, i, name)) {
        for (int j = i; j < i + name.length - 1; j++) {
          bound[j] = true;
        }
      }
    }
    List<String> units = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      unit.append(unit.length() == 0 ? "" : " ").append(words[i]);
      if (!bound[i]) {
        units.add(unit.toString());
        unit.setLength(0);
      }
    }
    return List.copyOf(units);
  }

  private static boolean startsPhrase(String[] words, int at, String[] phrase) {
    for (int j = 0; j < phrase.length; j++) {
      if (!words[at + j].replaceAll("\\p{P}+$", "").equalsIgnoreCase(phrase[j])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The units set in exactly {@code widthsMm.length} lines, line {@code i} no wider than {@code
   * widthsMm[i]}, balanced: every line's room is shrunk by the same factor as far as the text still
   * fits. Empty when the units do not fit in that many lines.
   */
  static Optional<List<String>> balance(
      List<String> units, double[] widthsMm, ToDoubleFunction<String> width) {
    Optional<List<String>> loose = fill(units, widthsMm, 1, width);
    if (loose.isEmpty()) {
      return Optional.empty();
    }
    double low = 0;
    double high = 1;
    List<String> best = loose.get();
    for (int step = 0; step < SEARCH_STEPS; step++) {
      double scale = (low + high) / 2;
      Optional<List<String>> tight = fill(units, widthsMm, scale, width);
      if (tight.isPresent()) {
        high = scale;
        best = tight.get();
      } else {
        low = scale;
      }
    }
    return best.size() == widthsMm.length ? Optional.of(best) : Optional.empty();
  }

  /** Fills lines greedily to {@code scale} times their room; empty if more lines are needed. */
  private static Optional<List<String>> fill(
      List<String> units, double[] widthsMm, double scale, ToDoubleFunction<String> width) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String unit : units) {
      String longer = line.isEmpty() ? unit : line + " " + unit;
      if (width.applyAsDouble(longer) <= widthsMm[lines.size()] * scale + 1e-9) {
        line = longer;
      } else if (line.isEmpty() || lines.size() + 1 >= widthsMm.length) {
        return Optional.empty();
      } else {
        lines.add(line);
        line = unit;
        if (width.applyAsDouble(line) > widthsMm[lines.size()] * scale + 1e-9) {
          return Optional.empty();
        }
      }
    }
    lines.add(line);
    return Optional.of(List.copyOf(lines));
  }

  /** The shortest line's width as a share of the longest's (1 for a single line). */
  static double balanceOf(List<String> lines, ToDoubleFunction<String> width) {
    double shortest = lines.stream().mapToDouble(width).min().orElse(0);
    double longest = lines.stream().mapToDouble(width).max().orElse(0);
    return longest == 0 ? 1 : shortest / longest;
  }
}
