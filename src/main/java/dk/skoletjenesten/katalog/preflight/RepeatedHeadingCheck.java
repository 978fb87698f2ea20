package dk.skoletjenesten.katalog.preflight;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A heading printed twice on one text page (an article's title from the layout and again from its
 * text, a place's name above each of its offers): lines {@link PageText#heading} calls headings, at
 * least 1.2 times the body size, that say the same words at about the same size (a list of names in
 * which one person has two roles, a box that names the page's subject again smaller, are designed).
 * Press sheets and other artwork repeat by design and are not checked. A warning: nothing is lost,
 * the page reads badly.
 */
final class RepeatedHeadingCheck implements PageCheck {
  static final String FIELD = "heading";
  private static final double MIN_SCALE = 1.2;
  private static final double SAME_SIZE = 0.15;
  private static final double NEXT_LINE = 1.6;

  private final Findings findings;
  private final PageText text;

  RepeatedHeadingCheck(Findings findings, PageText text) {
    this.findings = findings;
    this.text = text;
  }

  /** The words, and the size in steps of 15 %: a heading and a smaller label differ. */
  private static String key(PageText.Line line) {
    return sizeStep(line) + " " + line.text().strip().toLowerCase(Locale.ROOT);
  }

  private static long sizeStep(PageText.Line line) {
    return Math.round(Math.log(line.sizePt()) / Math.log(1 + SAME_SIZE));
  }

  /**
   * The page's headings, a heading set in several lines joined into one: lines of one size, one
   * left edge, each at most {@link #NEXT_LINE} sizes below the one before ("Kunstmuseet i / Tønder"
   * and "Kunstmuseet i / Ribe" are two headings, not one repeated).
   */
  private List<PageText.Line> headings() {
    List<PageText.Line> headings = new ArrayList<>();
    PageText.Line last = null;
    for (PageText.Line line : text.lines()) {
      if (!text.heading(line) || line.sizePt() < text.bodySizePt() * MIN_SCALE) {
        continue;
      }
      if (last != null && continues(last, line)) {
        headings.set(headings.size() - 1, joined(headings.get(headings.size() - 1), line));
      } else {
        headings.add(line);
      }
      last = line;
    }
    return headings;
  }

  private static boolean continues(PageText.Line above, PageText.Line line) {
    double drop = above.baselineY() - line.baselineY();
    return sizeStep(above) == sizeStep(line)
        && drop > 0
        && drop <= line.sizePt() * NEXT_LINE
        && Math.abs(above.bounds().getMinX() - line.bounds().getMinX()) < 1;
  }

  private static PageText.Line joined(PageText.Line above, PageText.Line line) {
    List<PageText.Run> runs = new ArrayList<>(above.runs());
    runs.addAll(line.runs());
    Rectangle2D bounds = above.bounds().createUnion(line.bounds());
    return new PageText.Line(runs, above.text().strip() + " " + line.text().strip(), bounds);
  }

  @Override
  public void endPage() {
    Map<String, List<PageText.Line>> byWords = new LinkedHashMap<>();
    for (PageText.Line line : headings()) {
      byWords.computeIfAbsent(key(line), w -> new ArrayList<>()).add(line);
    }
    byWords.forEach(
        (words, lines) -> {
          if (lines.size() > 1) {
            PageText.Line second = lines.get(1);
            findings.warning(
                text.page().number(),
                FIELD,
                "heading \""
                    + PageText.shown(lines.get(0).text(), 40)
                    + "\" is printed "
                    + lines.size()
                    + " times on the page, again "
                    + text.page().at(second.bounds().getMinX(), second.bounds().getMaxY()));
          }
        });
  }
}
