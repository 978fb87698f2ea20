package dk.skoletjenesten.katalog.preflight;

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

  private final Findings findings;
  private final PageText text;

  RepeatedHeadingCheck(Findings findings, PageText text) {
    this.findings = findings;
    this.text = text;
  }

  /** The words, and the size in steps of 15 %: a heading and a smaller label differ. */
  private static String key(PageText.Line line) {
    long size = Math.round(Math.log(line.sizePt()) / Math.log(1 + SAME_SIZE));
    return size + " " + line.text().strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public void endPage() {
    Map<String, List<PageText.Line>> byWords = new LinkedHashMap<>();
    for (PageText.Line line : text.lines()) {
      if (text.heading(line) && line.sizePt() >= text.bodySizePt() * MIN_SCALE) {
        byWords.computeIfAbsent(key(line), w -> new ArrayList<>()).add(line);
      }
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
