package dk.skoletjenesten.katalog.preflight;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What one page shows, gathered for the layout checks: its text as runs (the inked glyphs of one
 * text-showing operator) and lines (runs on one baseline that follow each other), and the fills and
 * images painted, in page space. Checks that read it come after it in the walk's list and read it
 * when the page ends. Glyphs of tiling patterns are texture, not text, and glyphs wholly outside
 * the clip do not print; both are left out.
 */
final class PageText implements PageCheck {
  /** Runs on one baseline this close (a fraction of the font size) are one line. */
  private static final double LINE_GAP_EM = 1.2;

  /** Font weights from this up are black (Lato Black is 900), as are names saying so. */
  private static final float BLACK_WEIGHT = 800;

  /** Bold weights from this up (Lato Bold is 700), as are names saying so. */
  private static final float BOLD_WEIGHT = 700;

  /** A heading in a bold (not black) face is display type: this much larger than the body. */
  private static final double DISPLAY_SCALE = 1.6;

  private final InkColour inks = new InkColour();
  private final List<Run> runs = new ArrayList<>();
  private final List<Painted> painted = new ArrayList<>();
  private List<Glyph> current = new ArrayList<>();
  private boolean unprinted;
  private StringBuilder text = new StringBuilder();
  private PageContext page;
  private List<Line> lines;
  private double bodySizePt;

  /**
   * One text-showing operator's inked glyphs.
   *
   * @param glyphs the glyphs with an outline that print (not wholly outside the clip), in order
   * @param text what it says, spaces and unprinted glyphs included
   * @param bounds the union of the glyphs' outlines
   * @param partlyUnprinted whether some of its glyphs inside the trim are wholly outside the clip
   */
  record Run(List<Glyph> glyphs, String text, Rectangle2D bounds, boolean partlyUnprinted) {
    double sizePt() {
      return glyphs.get(0).sizePt();
    }

    double baselineY() {
      return glyphs.get(0).baselineY();
    }
  }

  /** Runs on one baseline, left to right, and what they say (runs apart joined by a space). */
  record Line(List<Run> runs, String text, Rectangle2D bounds) {
    double baselineY() {
      return runs.get(0).baselineY();
    }

    double sizePt() {
      return runs.stream().mapToDouble(Run::sizePt).max().orElse(0);
    }

    boolean hasLetter() {
      return text.codePoints().anyMatch(Character::isLetter);
    }

    List<Glyph> glyphs() {
      return runs.stream().flatMap(run -> run.glyphs().stream()).toList();
    }
  }

  /**
   * A fill, shading or image, in page space.
   *
   * @param shape the painted area
   * @param bounds its bounds within the clip
   * @param clip the clip in force
   * @param ink the CMYK ink (0-1 each), or null for images, shadings and unknown colours
   * @param picture whether it is an image or shading (no single colour)
   */
  record Painted(Shape shape, Rectangle2D bounds, Shape clip, float[] ink, boolean picture) {
    boolean covers(double x, double y) {
      return bounds.contains(x, y)
          && Clips.contains(clip, x, y)
          && (picture || shape.contains(x, y));
    }
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
    runs.clear();
    painted.clear();
    lines = null;
    bodySizePt = 0;
  }

  @Override
  public void textStart() {
    current = new ArrayList<>();
    text = new StringBuilder();
    unprinted = false;
  }

  @Override
  public void glyph(Glyph glyph) {
    if (glyph.origin() == Origin.PATTERN || !glyph.visible()) {
      return;
    }
    if (glyph.bounds() == null || !glyph.inked()) {
      text.append(' ');
      return;
    }
    text.append(glyph.text());
    if (Clips.intersects(glyph.clip(), glyph.bounds())) {
      current.add(glyph);
    } else if (LiveAreaCheck.rectangle(page.trim()).intersects(glyph.bounds())) {
      unprinted = true;
    }
  }

  @Override
  public void textEnd() {
    if (current.isEmpty()) {
      return;
    }
    Rectangle2D bounds = (Rectangle2D) current.get(0).bounds().clone();
    current.forEach(glyph -> bounds.add(glyph.bounds()));
    runs.add(new Run(List.copyOf(current), text.toString().strip(), bounds, unprinted));
    current = new ArrayList<>();
  }

  @Override
  public void paint(Paint paint) {
    if (paint.kind() == Paint.Kind.TEXT || paint.origin() == Origin.PATTERN) {
      return;
    }
    Shape clip = paint.state().getCurrentClippingPath();
    Rectangle2D bounds = paint.shape().getBounds2D().createIntersection(clip.getBounds2D());
    if (bounds.isEmpty()) {
      return;
    }
    boolean picture = paint.shading() != null;
    painted.add(new Painted(paint.shape(), bounds, clip, picture ? null : ink(paint), picture));
  }

  private float[] ink(Paint paint) {
    try {
      return inks.cmyk(paint.colourSpace(), paint.components());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public void image(DrawnImage image) {
    Shape clip = image.state().getCurrentClippingPath();
    Rectangle2D bounds = image.bounds().createIntersection(clip.getBounds2D());
    if (!bounds.isEmpty()) {
      painted.add(new Painted(bounds, bounds, clip, null, true));
    }
  }

  /** The CMYK ink of a glyph's fill, or null when unknown. */
  float[] ink(Glyph glyph) {
    try {
      return inks.cmyk(glyph.fillSpace(), glyph.fillComponents());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  PageContext page() {
    return page;
  }

  List<Run> runs() {
    return runs;
  }

  List<Painted> painted() {
    return painted;
  }

  /** The topmost fill or image under a point painted before {@code glyph}, or null for paper. */
  Painted under(double x, double y) {
    for (int i = painted.size() - 1; i >= 0; i--) {
      if (painted.get(i).covers(x, y)) {
        return painted.get(i);
      }
    }
    return null;
  }

  /** The lines, top to bottom, left to right. */
  List<Line> lines() {
    if (lines == null) {
      lines = assemble();
    }
    return lines;
  }

  private List<Line> assemble() {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort(
        Comparator.comparingDouble((Run run) -> -Math.round(run.baselineY() * 2) / 2.0)
            .thenComparingDouble(run -> run.bounds().getMinX()));
    List<Line> assembled = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    for (Run run : sorted) {
      if (!line.isEmpty() && !follows(line.get(line.size() - 1), run)) {
        assembled.add(line(line));
        line = new ArrayList<>();
      }
      line.add(run);
    }
    if (!line.isEmpty()) {
      assembled.add(line(line));
    }
    return List.copyOf(assembled);
  }

  private static boolean follows(Run left, Run right) {
    double size = Math.max(left.sizePt(), right.sizePt());
    return Math.abs(left.baselineY() - right.baselineY()) < 0.5
        && right.bounds().getMinX() - left.bounds().getMaxX() < LINE_GAP_EM * size;
  }

  private static Line line(List<Run> runs) {
    StringBuilder text = new StringBuilder(runs.get(0).text());
    Rectangle2D bounds = (Rectangle2D) runs.get(0).bounds().clone();
    for (int i = 1; i < runs.size(); i++) {
      Run previous = runs.get(i - 1);
      Run run = runs.get(i);
      boolean apart = run.bounds().getMinX() - previous.bounds().getMaxX() > 0.15 * run.sizePt();
      text.append(apart ? " " : "").append(run.text());
      bounds.add(run.bounds());
    }
    return new Line(List.copyOf(runs), text.toString().replaceAll("\\s+", " "), bounds);
  }

  /** The size most of the page's letters are set in: its body text. */
  double bodySizePt() {
    if (bodySizePt == 0) {
      Map<Long, Integer> counts = new HashMap<>();
      runs.forEach(
          run ->
              run.glyphs()
                  .forEach(g -> counts.merge(Math.round(g.sizePt() * 10), 1, Integer::sum)));
      bodySizePt =
          counts.entrySet().stream()
                  .max(
                      Map.Entry.<Long, Integer>comparingByValue()
                          .thenComparing(Map.Entry.comparingByKey()))
                  .map(Map.Entry::getKey)
                  .orElse(0L)
              / 10.0;
    }
    return bodySizePt;
  }

  /**
   * Whether a line is a heading, as the layouts set them (h1-h4 in Lato Black): it has letters, and
   * every glyph is black at body size or more, or bold display type (1.6 times the body size or
   * more). A lead paragraph or pull quote in a larger regular or bold face is not a heading.
   */
  boolean heading(Line line) {
    double body = bodySizePt();
    return line.hasLetter()
        && line.glyphs().stream()
            .allMatch(
                g ->
                    black(g.font()) && g.sizePt() >= body - 0.05
                        || bold(g.font()) && g.sizePt() >= body * DISPLAY_SCALE);
  }

  /**
   * Whether a line is a header: capitals only (two or more letters) in a bold or black face, as a
   * table's column heads or a list's kicker ({@code MUSEER}).
   */
  static boolean header(Line line) {
    String letters =
        line.text()
            .codePoints()
            .filter(Character::isLetter)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return letters.length() >= 2
        && letters.codePoints().noneMatch(Character::isLowerCase)
        && line.glyphs().stream().allMatch(g -> bold(g.font()));
  }

  static boolean bold(PDFont font) {
    PDFontDescriptor descriptor = font.getFontDescriptor();
    return FontCheck.name(font).contains("Bold")
        || black(font)
        || descriptor != null && descriptor.getFontWeight() >= BOLD_WEIGHT;
  }

  static boolean black(PDFont font) {
    String name = FontCheck.name(font);
    if (name.contains("Black") || name.contains("Heavy")) {
      return true;
    }
    PDFontDescriptor descriptor = font.getFontDescriptor();
    return descriptor != null && descriptor.getFontWeight() >= BLACK_WEIGHT;
  }

  /** The text for messages, shortened to {@code max} characters. */
  static String shown(String text, int max) {
    String strip = text.strip();
    return strip.length() > max ? strip.substring(0, max) + "…" : strip;
  }
}
