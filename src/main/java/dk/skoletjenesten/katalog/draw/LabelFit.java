package dk.skoletjenesten.katalog.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * How a chart sets its labels where room is short (a column chart on an A5 page): the first of
 * {@link #STEPS} in which every label fits its width is taken for all of them, so that one chart
 * has one label size. Labels start at 8 pt in two lines, then go down to 7 pt, then take a third
 * line, down to 6 pt, the smallest size a printed label is read at; only when even that fails is a
 * label a problem, reported at the last step.
 */
record LabelFit(TextStyle style, int maxLines) {
  static final List<LabelFit> STEPS =
      List.of(
          new LabelFit(TextStyle.LABEL, ChartStyle.LABEL_LINES),
          new LabelFit(TextStyle.LABEL.withSize(7f), ChartStyle.LABEL_LINES),
          new LabelFit(TextStyle.LABEL.withSize(7f), ChartStyle.LABEL_LINES + 1),
          new LabelFit(TextStyle.LABEL.withSize(6.5f), ChartStyle.LABEL_LINES + 1),
          new LabelFit(TextStyle.LABEL.withSize(6f), ChartStyle.LABEL_LINES + 1));

  /** The labels of {@code spec} wrapped to {@code widthPt} at the first step where all fit. */
  static Fitted fit(ChartFonts fonts, ChartSpec spec, float widthPt) {
    Fitted fitted = null;
    for (LabelFit step : STEPS) {
      fitted = step.wrap(fonts, spec, widthPt);
      if (fitted.problems().isEmpty()) {
        return fitted;
      }
    }
    return fitted;
  }

  /** The labels of {@code spec} wrapped at this step. */
  Fitted wrap(ChartFonts fonts, ChartSpec spec, float widthPt) {
    List<TextBlock> labels =
        spec.points().stream().map(p -> TextBlock.wrap(fonts, p.label(), style, widthPt)).toList();
    List<ChartProblem> problems = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      int index = i;
      labels
          .get(i)
          .problem(fonts, "label", maxLines, widthPt)
          .ifPresent(p -> problems.add(ChartProblem.ofLabel(index, p)));
    }
    return new Fitted(style, labels, problems);
  }

  /** Labels as set at one step, and those that do not fit there. */
  record Fitted(TextStyle style, List<TextBlock> labels, List<ChartProblem> problems) {
    Fitted {
      labels = List.copyOf(labels);
      problems = List.copyOf(problems);
    }
  }
}
