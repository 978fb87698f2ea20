package dk.skoletjenesten.katalog.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The data no drawing of a chart can show, whatever its size and fonts, one plain message each: no
 * points, more than {@value #MAX_SLICES} slices or {@value #MAX_BARS} bars or columns, negative
 * values (no kind draws below an axis), nothing above 0, a label that is empty or given twice. Both
 * the registry and the drawing apply these rules, so a rule and its message exist once.
 */
public final class ChartRules {
  /** More slices than this cannot be told apart by colour. */
  public static final int MAX_SLICES = 12;

  /** More bars or columns than this leave no room for readable labels. */
  public static final int MAX_BARS = 16;

  private ChartRules() {}

  /**
   * What is wrong with the points of a chart of {@code kind}, in the order of the rules, e.g.
   * {@code pie chart needs values of 0 or more, got -3 for "Skoler"}; empty when it can be drawn.
   */
  public static <P> List<String> problems(
      ChartKind kind, List<P> points, Function<P, String> label, ToDoubleFunction<P> value) {
    if (points.isEmpty()) {
      return List.of(kind.noun() + " has no values to draw");
    }
    List<String> problems = new ArrayList<>();
    count(kind, points.size()).ifPresent(problems::add);
    values(kind, points, label, value, problems);
    labels(kind, points.stream().map(label).toList(), problems);
    return problems;
  }

  private static Optional<String> count(ChartKind kind, int n) {
    if (kind.isRound() && n > MAX_SLICES) {
      return Optional.of(
          format("%s has %d slices; at most %d can be told apart", kind.noun(), n, MAX_SLICES));
    }
    if (!kind.isRound() && n > MAX_BARS) {
      String things = kind == ChartKind.BAR ? "bars" : "columns";
      return Optional.of(format("%s has %d %s; at most %d fit", kind.noun(), n, things, MAX_BARS));
    }
    return Optional.empty();
  }

  private static <P> void values(
      ChartKind kind,
      List<P> points,
      Function<P, String> label,
      ToDoubleFunction<P> value,
      List<String> problems) {
    List<P> negative = points.stream().filter(p -> value.applyAsDouble(p) < 0).toList();
    for (P point : negative) {
      String written = asWritten(value.applyAsDouble(point));
      problems.add(
          format(
              "%s needs values of 0 or more, got %s for \"%s\"",
              kind.noun(), written, label.apply(point)));
    }
    if (negative.isEmpty() && points.stream().mapToDouble(value).max().orElse(0) == 0) {
      problems.add(
          kind.isRound()
              ? kind.noun() + " needs values that sum to more than 0"
              : kind.noun() + " needs at least one value above 0");
    }
  }

  private static void labels(ChartKind kind, List<String> labels, List<String> problems) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label.isBlank()) {
        problems.add(kind.noun() + " has no label for value " + (i + 1));
      } else if (!seen.add(label) && repeated.add(label)) {
        problems.add(kind.noun() + " has the label \"" + label + "\" more than once");
      }
    }
  }

  /** A value as the data wrote it, for messages: {@code -3}, {@code -3.5}. */
  public static String asWritten(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
