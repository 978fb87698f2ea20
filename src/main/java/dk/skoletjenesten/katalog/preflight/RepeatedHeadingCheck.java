package dk.skoletjenesten.katalog.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A heading printed twice on one text page (an article's title from the layout and again from its
 * text, a place's name above each of its offers): lines {@link PageText#heading} calls headings
 * that say the same words. Press sheets and other artwork repeat by design and are not checked. A
 * warning: nothing is lost, the page reads badly.
 */
final class RepeatedHeadingCheck implements PageCheck {
  static final String FIELD = "heading";

  private final Findings findings;
  private final PageText text;

  RepeatedHeadingCheck(Findings findings, PageText text) {
    this.findings = findings;
    this.text = text;
  }

  @Override
  public void endPage() {
    Map<String, List<PageText.Line>> byWords = new LinkedHashMap<>();
    for (PageText.Line line : text.lines()) {
      if (text.heading(line)) {
        byWords
            .computeIfAbsent(line.text().strip().toLowerCase(Locale.ROOT), w -> new ArrayList<>())
            .add(line);
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
