package dk.skoletjenesten.katalog.preflight;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text that does not print: a text-showing operator all of whose glyphs are outside the clip in
 * force (partly clipped text is {@link ClippedTextCheck}'s; text wholly outside the trim is no part
 * of the page), or filled in the colour under it (white on white paper, a colour on the same
 * colour), judged at each glyph's centre against the topmost fill painted before it. Text over a
 * picture or a shading is not judged (no single colour under it). Each text-showing operator is
 * reported once. Flying Saucer paints a line that straddles a page break on both pages, clipped
 * away on one: text outside every clip that prints on its own page or the next is that line, and is
 * not reported.
 */
final class UnprintedTextCheck implements PageCheck {
  static final String FIELD = "print";
  private static final float SAME_INK = 0.03f;
  private static final float[] PAPER = {0, 0, 0, 0};

  private final Findings findings;
  private final PageText text;
  private final StringBuilder shown = new StringBuilder();
  private String verdict;
  private Glyph first;
  private boolean outside;
  private boolean anyPrinted;
  private List<Unprinted> here = new ArrayList<>();
  private List<Unprinted> previous = List.of();

  private record Unprinted(int page, String text, String message) {}

  UnprintedTextCheck(Findings findings, PageText text) {
    this.findings = findings;
    this.text = text;
  }

  @Override
  public void textStart() {
    shown.setLength(0);
    anyPrinted = false;
    verdict = null;
    first = null;
  }

  @Override
  public void glyph(Glyph glyph) {
    if (glyph.origin() == Origin.PATTERN || !glyph.visible() || offPage(glyph)) {
      return;
    }
    if (glyph.bounds() == null || !glyph.inked()) {
      shown.append(' ');
      return;
    }
    shown.append(glyph.text());
    anyPrinted |= Clips.intersects(glyph.clip(), glyph.bounds());
    if (verdict == null) {
      verdict = verdict(glyph);
      first = verdict != null ? glyph : null;
      outside = verdict != null && !Clips.intersects(glyph.clip(), glyph.bounds());
    }
  }

  /** Text wholly outside the trim is no part of the page (bleed art, a margin box put off it). */
  private boolean offPage(Glyph glyph) {
    return glyph.bounds() != null
        && !LiveAreaCheck.rectangle(text.page().trim()).intersects(glyph.bounds());
  }

  private String verdict(Glyph glyph) {
    Rectangle2D bounds = glyph.bounds();
    if (!Clips.intersects(glyph.clip(), bounds)) {
      return "is outside every clipping path and does not print";
    }
    if (!glyph.filled()) {
      return null;
    }
    float[] ink = text.ink(glyph);
    PageText.Painted under = text.under(bounds.getCenterX(), bounds.getCenterY());
    if (ink == null || under != null && (under.picture() || under.ink() == null)) {
      return null;
    }
    float[] background = under == null ? PAPER : under.ink();
    if (!same(ink, background)) {
      return null;
    }
    return under == null
        ? "is " + cmyk(ink) + " on the paper and does not print"
        : "is " + cmyk(ink) + " on a fill of the same colour and does not show";
  }

  private static boolean same(float[] a, float[] b) {
    for (int i = 0; i < 4; i++) {
      if (Math.abs(a[i] - b[i]) > SAME_INK) {
        return false;
      }
    }
    return true;
  }

  private static String cmyk(float[] ink) {
    return String.format(
        Locale.ROOT,
        "cmyk(%s, %s, %s, %s)",
        number(ink[0]),
        number(ink[1]),
        number(ink[2]),
        number(ink[3]));
  }

  private static String number(float value) {
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  @Override
  public void textEnd() {
    if (verdict == null || outside && anyPrinted) {
      verdict = null;
      return; // partly printed: the clip check's
    }
    String message =
        "text \""
            + PageText.shown(shown.toString(), 40)
            + "\" "
            + text.page().at(first.bounds().getMinX(), first.bounds().getMaxY())
            + " "
            + verdict;
    if (outside) {
      here.add(new Unprinted(text.page().number(), shown.toString().strip(), message));
    } else {
      findings.error(text.page().number(), FIELD, message);
    }
    verdict = null;
  }

  @Override
  public void endPage() {
    Set<String> printed = new HashSet<>();
    text.runs().forEach(run -> printed.add(run.text()));
    previous.stream().filter(u -> !printed.contains(u.text())).forEach(this::report);
    previous = here.stream().filter(u -> !printed.contains(u.text())).toList();
    here = new ArrayList<>();
  }

  @Override
  public void endDocument() {
    previous.forEach(this::report);
    previous = List.of();
  }

  private void report(Unprinted unprinted) {
    findings.error(unprinted.page(), FIELD, unprinted.message());
  }
}
