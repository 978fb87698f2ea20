package dk.skoletjenesten.katalog.preflight;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words printed over words: glyphs of two text-showing operators whose outlines overlap by more
 * than a point across and a fifth of the smaller glyph, so neither can be read (a line run into its
 * neighbour, a caption over a heading). Kerning and italics touch by less; the same glyph printed
 * twice on the spot (a stroke under a fill) is one glyph. Each pair of operators is reported once.
 */
final class OverlapCheck implements PageCheck {
  static final String FIELD = "overlap";
  private static final double ACROSS_PT = 1;
  private static final double SHARE = 0.2;
  private static final double SAME_SPOT_PT = 0.5;

  private final Findings findings;
  private final PageText text;

  OverlapCheck(Findings findings, PageText text) {
    this.findings = findings;
    this.text = text;
  }

  private record Placed(int index, PageText.Run run, Glyph glyph) {}

  @Override
  public void endPage() {
    List<Placed> placed = new ArrayList<>();
    List<PageText.Run> runs = text.runs();
    for (int i = 0; i < runs.size(); i++) {
      for (Glyph glyph : runs.get(i).glyphs()) {
        placed.add(new Placed(i, runs.get(i), glyph));
      }
    }
    placed.sort(Comparator.comparingDouble(p -> p.glyph().bounds().getMinX()));
    Set<Long> reported = new HashSet<>();
    for (int i = 0; i < placed.size(); i++) {
      Placed a = placed.get(i);
      Rectangle2D box = a.glyph().bounds();
      for (int j = i + 1;
          j < placed.size() && placed.get(j).glyph().bounds().getMinX() < box.getMaxX();
          j++) {
        Placed b = placed.get(j);
        if (a.index() != b.index()
            && overlap(a.glyph(), b.glyph())
            && reported.add(pair(a.index(), b.index(), runs.size()))) {
          report(a, b);
        }
      }
    }
  }

  private static long pair(int a, int b, int runs) {
    return (long) Math.min(a, b) * runs + Math.max(a, b);
  }

  static boolean overlap(Glyph a, Glyph b) {
    Rectangle2D x = a.bounds();
    Rectangle2D y = b.bounds();
    if (!x.intersects(y)) {
      return false;
    }
    Rectangle2D both = x.createIntersection(y);
    double smaller = Math.min(x.getWidth() * x.getHeight(), y.getWidth() * y.getHeight());
    boolean sameSpot =
        a.code() == b.code()
            && Math.abs(x.getMinX() - y.getMinX()) < SAME_SPOT_PT
            && Math.abs(x.getMinY() - y.getMinY()) < SAME_SPOT_PT;
    return !sameSpot
        && both.getWidth() > ACROSS_PT
        && both.getWidth() * both.getHeight() > SHARE * smaller;
  }

  private void report(Placed a, Placed b) {
    Rectangle2D box = a.glyph().bounds().createIntersection(b.glyph().bounds());
    findings.error(
        text.page().number(),
        FIELD,
        "text \""
            + PageText.shown(a.run().text(), 40)
            + "\" overlaps \""
            + PageText.shown(b.run().text(), 40)
            + "\" "
            + text.page().at(box.getMinX(), box.getMaxY()));
  }
}
