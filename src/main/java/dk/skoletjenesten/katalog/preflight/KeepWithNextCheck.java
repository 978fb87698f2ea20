package dk.skoletjenesten.katalog.preflight;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * A heading or a table's header left as the last line of its column, its text on the next page: a
 * line {@link PageText#heading} or {@link PageText#header} calls so, with no text, picture or
 * colour below it in its column and no other text beside it (a table row that starts with a label).
 * The running head's and the folio's lines, the first page (a cover) and pages a colour covers (a
 * section opener, a house ad: display pages) are left out. A warning: a question of pacing, nothing
 * is lost.
 */
final class KeepWithNextCheck implements PageCheck {
  static final String FIELD = "keep";
  private static final double BAND_PT = 3;
  private static final double LEADING_EM = 1.6;

  private final Findings findings;
  private final PageText text;

  KeepWithNextCheck(Findings findings, PageText text) {
    this.findings = findings;
    this.text = text;
  }

  @Override
  public void endPage() {
    if (text.page().number() == 1 || colourPage()) {
      return;
    }
    List<PageText.Line> lines = body(text);
    for (PageText.Line line : lines) {
      boolean heading = text.heading(line);
      if ((heading || PageText.header(line))
          && nothingBelow(line, lines)
          && !besideText(line, lines)) {
        findings.warning(
            text.page().number(),
            FIELD,
            (heading ? "heading \"" : "header \"")
                + PageText.shown(line.text(), 40)
                + "\" "
                + text.page().at(line.bounds().getMinX(), line.bounds().getMaxY())
                + " is the last line of its column; its text follows on the next page");
      }
    }
  }

  /**
   * Whether a colour covers the page's trim (a section opener, a house ad): a display page whose
   * last line ends its design, not a heading whose text follows.
   */
  private boolean colourPage() {
    Rectangle2D trim = LiveAreaCheck.rectangle(text.page().trim());
    return text.painted().stream()
        .anyMatch(
            painted ->
                !painted.picture()
                    && painted.ink() != null
                    && InkColour.sum(painted.ink()) > 0.02
                    && painted.bounds().contains(trim.getCenterX(), trim.getMinY() + 1)
                    && painted.bounds().getWidth() >= trim.getWidth()
                    && painted.bounds().getHeight() >= trim.getHeight());
  }

  /**
   * The lines of the page's text block: without the folio's (the lowest line if it is a number, and
   * lines beside it: a running foot) and the running head's (the topmost line if it is not larger
   * than the body text, and lines beside it).
   */
  static List<PageText.Line> body(PageText text) {
    List<PageText.Line> lines = text.lines();
    Optional<PageText.Line> folio =
        lines.stream()
            .min((a, b) -> Double.compare(a.baselineY(), b.baselineY()))
            .filter(line -> NumberLineCheck.number(line.text()));
    Optional<PageText.Line> head =
        lines.stream()
            .max((a, b) -> Double.compare(a.baselineY(), b.baselineY()))
            .filter(line -> line.sizePt() <= text.bodySizePt() + 0.05);
    return lines.stream()
        .filter(line -> folio.isEmpty() || !onBaseline(line, folio.get()))
        .filter(line -> head.isEmpty() || !onBaseline(line, head.get()))
        .toList();
  }

  private static boolean onBaseline(PageText.Line line, PageText.Line other) {
    return Math.abs(line.baselineY() - other.baselineY()) <= BAND_PT;
  }

  /** Whether text that is no heading or header stands on the line's baseline (a table row). */
  private boolean besideText(PageText.Line line, List<PageText.Line> lines) {
    return lines.stream()
        .anyMatch(
            other ->
                other != line
                    && onBaseline(line, other)
                    && !text.heading(other)
                    && !PageText.header(other));
  }

  /**
   * The bounds of the line and of the lines of the same size directly above it that are headings
   * too: a heading or pull quote of several lines, whose column is as wide as its widest line.
   */
  private Rectangle2D block(PageText.Line line, List<PageText.Line> lines) {
    Rectangle2D block = (Rectangle2D) line.bounds().clone();
    double baseline = line.baselineY();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (PageText.Line other : lines) {
        double rise = other.baselineY() - baseline;
        if (rise > 0.5
            && rise <= LEADING_EM * line.sizePt()
            && Math.abs(other.sizePt() - line.sizePt()) < 0.1
            && (text.heading(other) || PageText.header(other))) {
          block.add(other.bounds());
          baseline = other.baselineY();
          grew = true;
        }
      }
    }
    return block;
  }

  private boolean nothingBelow(PageText.Line line, List<PageText.Line> lines) {
    Rectangle2D box = line.bounds();
    Rectangle2D column = block(line, lines);
    for (PageText.Line other : lines) {
      Rectangle2D o = other.bounds();
      if (other != line && o.getMaxY() < box.getMinY() + 0.5 && across(column, o)) {
        return false;
      }
    }
    for (PageText.Painted painted : text.painted()) {
      Rectangle2D p = painted.bounds();
      if (p.getMaxY() < box.getMinY()
          && across(column, p)
          && (painted.picture() || painted.ink() != null && InkColour.sum(painted.ink()) > 0.02)) {
        return false;
      }
    }
    return true;
  }

  private static boolean across(Rectangle2D a, Rectangle2D b) {
    return a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX();
  }
}
