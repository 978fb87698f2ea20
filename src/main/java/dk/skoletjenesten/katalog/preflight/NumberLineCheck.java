package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An index or contents line that holds only a number: a page number wrapped away from its entry. It
 * is a line of page numbers only ({@code 32}, {@code 32–33}, {@code 32, 40}) that starts where the
 * entries of its column start, on a page with at least {@value #MIN_ENTRIES} entries (words ending
 * in a number) whose number is set like it (same face and size), with no text after it on its
 * baseline within 30 mm (a contents line's section number). The folio is not an entry. A warning:
 * the reader cannot tell which entry the number belongs to.
 */
final class NumberLineCheck implements PageCheck {
  static final String FIELD = "index";
  static final int MIN_ENTRIES = 3;
  private static final Pattern NUMBERS =
      Pattern.compile("[0-9]+([–-][0-9]+)?(, ?[0-9]+([–-][0-9]+)?)*");
  private static final Pattern ENTRY = Pattern.compile(".*\\p{L}.*\\s[0-9]+([–-][0-9]+)?");
  private static final double SAME_X_PT = 1;
  private static final double ALONE_PT = Units.mmToPt(30);

  private final Findings findings;
  private final PageText text;

  NumberLineCheck(Findings findings, PageText text) {
    this.findings = findings;
    this.text = text;
  }

  static boolean number(String text) {
    return NUMBERS.matcher(text.strip()).matches();
  }

  @Override
  public void endPage() {
    List<PageText.Line> lines = KeepWithNextCheck.body(text);
    for (PageText.Line line : lines) {
      if (!number(line.text())) {
        continue;
      }
      Glyph digit = line.glyphs().get(0);
      List<PageText.Line> entries =
          lines.stream()
              .filter(other -> ENTRY.matcher(other.text().strip()).matches())
              .filter(other -> setLike(last(other), digit))
              .toList();
      boolean alone =
          lines.stream()
              .noneMatch(
                  other ->
                      other != line
                          && Math.abs(other.baselineY() - line.baselineY()) < 0.5
                          && other.bounds().getMinX() >= line.bounds().getMaxX()
                          && other.bounds().getMinX() - line.bounds().getMaxX() < ALONE_PT);
      boolean atColumnStart =
          entries.stream()
              .anyMatch(e -> Math.abs(e.bounds().getMinX() - line.bounds().getMinX()) < SAME_X_PT);
      if (entries.size() >= MIN_ENTRIES && atColumnStart && alone) {
        findings.warning(
            text.page().number(),
            FIELD,
            "line \""
                + line.text().strip()
                + "\" "
                + text.page().at(line.bounds().getMinX(), line.bounds().getMaxY())
                + " holds only a number; it belongs at the end of the entry above");
      }
    }
  }

  private static Glyph last(PageText.Line line) {
    List<Glyph> glyphs = line.glyphs();
    return glyphs.get(glyphs.size() - 1);
  }

  private static boolean setLike(Glyph a, Glyph b) {
    return a.font() == b.font() && Math.abs(a.sizePt() - b.sizePt()) < 0.1;
  }
}
