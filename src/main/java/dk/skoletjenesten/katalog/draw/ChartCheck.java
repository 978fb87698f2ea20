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
  List<String> problems(ChartSpec spec) {
    requireDrawable(spec);
    List<String> problems = new ArrayList<>();
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
            spec.kind().rules(), spec.points(), ChartSpec.Point::label, ChartSpec.Point::value);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot draw the " + spec.kind().noun() + " \"" + spec.title() + "\": " + problems);
    }
  }

  private static void colours(ChartSpec spec, List<String> problems) {
    int n = spec.points().size();
    if (spec.kind().isRound() && n > spec.colours().size()) {
      problems.add(
          format(
              "%s has %d slices but only %d colours",
              spec.kind().noun(), n, spec.colours().size()));
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
