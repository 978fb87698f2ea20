package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.chart.ChartRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What in a chart cannot be drawn with these fonts in this room, as plain messages: first too few
 * colours for the slices and characters the fonts lack; only a chart that passes is laid out, and
 * then what does not fit is reported. Data no chart can show ({@link ChartRules}) is refused
 * before, since the registry reports it to the author.
 */
final class ChartCheck {
  private final ChartFonts fonts;

  ChartCheck(ChartFonts fonts) {
    this.fonts = fonts;
  }

  /**
   * @throws IllegalArgumentException if {@link ChartRules} finds a problem in the data
   */
  List<ChartProblem> problems(ChartSpec spec) {
    requireDrawable(spec);
    List<ChartProblem> problems = new ArrayList<>();
    colours(spec, problems);
    glyphs(spec, problems);
    if (problems.isEmpty()) {
      ChartFrame frame = new ChartFrame(spec, fonts);
      problems.addAll(frame.problems());
      problems.addAll(ChartLayout.of(spec, frame, fonts).problems());
    }
    return problems;
  }

  /** Refuses data that no chart can show, with the rules' messages. */
  static void requireDrawable(ChartSpec spec) {
    List<String> problems =
        ChartRules.problems(
            spec.kind(), spec.points(), ChartSpec.Point::label, ChartSpec.Point::value);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot draw the " + spec.kind().noun() + " \"" + spec.title() + "\": " + problems);
    }
  }

  private static void colours(ChartSpec spec, List<ChartProblem> problems) {
    int n = spec.points().size();
    if (spec.kind().isRound() && n > spec.colours().size()) {
      String message =
          format(
              "%s has %d slices but only %d colours", spec.kind().noun(), n, spec.colours().size());
      problems.add(new ChartProblem("series", message));
    }
  }

  private void glyphs(ChartSpec spec, List<ChartProblem> problems) {
    List<ChartProblem> found = new ArrayList<>();
    printable("title", "title", spec.title(), TextStyle.TITLE, found);
    printable("unit", "unit", spec.unit(), TextStyle.VALUE, found);
    printable("unit", "unit", spec.unit(), TextStyle.LABEL, found);
    printable("source", "source", spec.source(), TextStyle.SOURCE, found);
    for (int i = 0; i < spec.points().size(); i++) {
      String label = spec.points().get(i).label();
      printable(ChartProblem.label(i), "label", label, TextStyle.LABEL, found);
    }
    found.stream().distinct().forEach(problems::add);
  }

  private void printable(
      String field, String what, String text, TextStyle style, List<ChartProblem> problems) {
    fonts
        .missingGlyph(text, style.face())
        .ifPresent(
            cp ->
                problems.add(
                    new ChartProblem(
                        field,
                        format(
                            "%s \"%s\" has a character the chart font cannot print: \"%s\""
                                + " (U+%04X)",
                            what, text, Character.toString(cp), cp))));
  }

  private static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
