package dk.skoletjenesten.katalog.draw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What in a chart cannot be drawn, as plain messages: first the data itself (no points, too many
 * points or too few colours, negative values, nothing above 0, empty or repeated labels, characters
 * the fonts lack); only data that passes is laid out, and then what does not fit in the room is
 * reported.
 */
final class ChartCheck {
  private final ChartFonts fonts;

  ChartCheck(ChartFonts fonts) {
    this.fonts = fonts;
  }

  List<String> problems(ChartSpec spec) {
    List<String> problems = dataProblems(spec);
    if (problems.isEmpty()) {
      ChartFrame frame = new ChartFrame(spec, fonts);
      problems.addAll(frame.problems());
      problems.addAll(ChartLayout.of(spec, frame, fonts).problems());
    }
    return problems;
  }

  /** What is wrong with the points, title, unit and source, whatever the chart's size. */
  List<String> dataProblems(ChartSpec spec) {
    if (spec.points().isEmpty()) {
      return List.of(spec.kind().noun() + " has no values to draw");
    }
    List<String> problems = new ArrayList<>();
    count(spec).ifPresent(problems::add);
    values(spec, problems);
    labels(spec, problems);
    glyphs(spec, problems);
    return problems;
  }

  private static Optional<String> count(ChartSpec spec) {
    int n = spec.points().size();
    String noun = spec.kind().noun();
    if (spec.kind().isRound() && n > ChartStyle.MAX_SLICES) {
      return Optional.of(
          format("%s has %d slices; at most %d can be told apart", noun, n, ChartStyle.MAX_SLICES));
    }
    if (spec.kind().isRound() && n > spec.colours().size()) {
      return Optional.of(
          format("%s has %d slices but only %d colours", noun, n, spec.colours().size()));
    }
    if (!spec.kind().isRound() && n > ChartStyle.MAX_BARS) {
      String things = spec.kind() == ChartSpec.Kind.BAR ? "bars" : "columns";
      return Optional.of(
          format("%s has %d %s; at most %d fit", noun, n, things, ChartStyle.MAX_BARS));
    }
    return Optional.empty();
  }

  private static void values(ChartSpec spec, List<String> problems) {
    String noun = spec.kind().noun();
    List<ChartSpec.Point> negative =
        spec.points().stream().filter(point -> point.value() < 0).toList();
    for (ChartSpec.Point point : negative) {
      String value = ChartNumbers.asWritten(point.value());
      problems.add(
          format("%s needs values of 0 or more, got %s for \"%s\"", noun, value, point.label()));
    }
    if (negative.isEmpty() && ChartLayout.max(spec) == 0) {
      problems.add(
          spec.kind().isRound()
              ? noun + " needs values that sum to more than 0"
              : noun + " needs at least one value above 0");
    }
  }

  private static void labels(ChartSpec spec, List<String> problems) {
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (int i = 0; i < spec.points().size(); i++) {
      String label = spec.points().get(i).label();
      if (label.isBlank()) {
        problems.add(spec.kind().noun() + " has no label for value " + (i + 1));
      } else if (!seen.add(label) && repeated.add(label)) {
        problems.add(spec.kind().noun() + " has the label \"" + label + "\" more than once");
      }
    }
  }

  private void glyphs(ChartSpec spec, List<String> problems) {
    List<String> found = new ArrayList<>();
    printable("title", spec.title(), TextStyle.TITLE, found);
    printable("unit", spec.unit(), TextStyle.VALUE, found);
    printable("unit", spec.unit(), TextStyle.LABEL, found);
    printable("source", spec.source(), TextStyle.SOURCE, found);
    for (ChartSpec.Point point : spec.points()) {
      printable("label", point.label(), TextStyle.LABEL, found);
    }
    found.stream().distinct().forEach(problems::add);
  }

  private void printable(String what, String text, TextStyle style, List<String> problems) {
    fonts
        .missingGlyph(text, style.face())
        .ifPresent(
            cp ->
                problems.add(
                    format(
                        "%s \"%s\" has a character the chart font cannot print: \"%s\" (U+%04X)",
                        what, text, Character.toString(cp), cp)));
  }

  private static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
