package dk.skoletjenesten.katalog.testing;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.preflight.Preflight;
import dk.skoletjenesten.katalog.preflight.PreflightProfile;
import dk.skoletjenesten.katalog.preflight.PreflightProfile.Layout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Geometry checks on the text of a laid-out PDF, for tests: overflow shows up as misplaced glyphs.
 * The checks a printed file must pass live in the preflight (its layout checks); the ones here that
 * do the same are thin wrappers around it.
 */
public final class PdfLayoutChecks {
  /** Glyph positions are sums of floats: a glyph may pass a margin by this much. */
  private static final float ROUNDING_PT = 0.01f;

  private static final Pattern UNTYPESET =
      Pattern.compile("\"|\\p{L}'\\p{L}|\\b(1[0-9]{3}|20[0-9]{2})-[0-9]{2}\\b(?!-)");

  private PdfLayoutChecks() {}

  /** One run of text as PDFBox reports it (a line, or a stretch of one): page, text, glyphs. */
  private record Run(int page, String text, List<TextPosition> glyphs) {}

  /**
   * Where text may go on the pages of a mirrored publication, in millimetres from the trim: odd
   * pages (right-hand) have the inner margin on the left.
   */
  public record LiveArea(
      double trimWidthMm,
      double trimHeightMm,
      double bleedMm,
      double topMm,
      double bottomMm,
      double innerMm,
      double outerMm) {

    /** {@code marginMm} on every side. */
    public static LiveArea inset(
        double trimWidthMm, double trimHeightMm, double bleedMm, double marginMm) {
      return new LiveArea(
          trimWidthMm, trimHeightMm, bleedMm, marginMm, marginMm, marginMm, marginMm);
    }

    /**
     * The catalogue's (layouts/catalogue/catalogue.css, parts.html): 20 mm inner and 14 mm outer
     * margin; the running head starts 8 mm below the top of the trim, and the folio's descent ends
     * 9.5 mm above its foot.
     */
    public static LiveArea catalogue(double trimWidthMm, double trimHeightMm) {
      return new LiveArea(trimWidthMm, trimHeightMm, 3, 8, 9.5, 20, 14);
    }
  }

  /**
   * Text of which a glyph lies outside the live area, as {@code page N: text}: left or right of the
   * margins, above the top margin or with its descent below the bottom one. The margins are exact
   * (to float rounding).
   */
  public static List<String> outsideLiveArea(PDDocument pdf, LiveArea area) throws IOException {
    List<String> outside = new ArrayList<>();
    for (Run run : runs(pdf)) {
      if (run.glyphs().stream().anyMatch(glyph -> outside(glyph, run.page(), area))) {
        outside.add("page " + run.page() + ": " + run.text());
      }
    }
    return outside;
  }

  private static boolean outside(TextPosition glyph, int page, LiveArea area) {
    boolean right = page % 2 == 1;
    float left =
        Units.mmToPt(area.bleedMm() + (right ? area.innerMm() : area.outerMm())) - ROUNDING_PT;
    float rightEdge =
        Units.mmToPt(
                area.bleedMm() + area.trimWidthMm() - (right ? area.outerMm() : area.innerMm()))
            + ROUNDING_PT;
    float top = Units.mmToPt(area.bleedMm() + area.topMm()) - ROUNDING_PT;
    float bottom =
        Units.mmToPt(area.bleedMm() + area.trimHeightMm() - area.bottomMm()) + ROUNDING_PT;
    return glyph.getXDirAdj() < left
        || glyph.getXDirAdj() + glyph.getWidthDirAdj() > rightEdge
        || glyph.getYDirAdj() - glyph.getHeightDir() < top
        || glyph.getYDirAdj() + descent(glyph) > bottom;
  }

  /** How far the glyph's font reaches below the baseline, in points. */
  private static float descent(TextPosition glyph) {
    PDFontDescriptor font = glyph.getFont().getFontDescriptor();
    return font == null ? 0 : -font.getDescent() / 1000 * glyph.getFontSizeInPt();
  }

  /**
   * For each page (numbered from 1) with runs of text that {@code match}, the x positions where
   * those runs start, in whole millimetres from the left edge of the page: the columns they stand
   * in.
   */
  public static SortedMap<Integer, SortedSet<Long>> runStarts(
      PDDocument pdf, Predicate<String> match) throws IOException {
    SortedMap<Integer, SortedSet<Long>> starts = new TreeMap<>();
    for (Run run : runs(pdf)) {
      if (match.test(run.text().strip())) {
        starts
            .computeIfAbsent(run.page(), page -> new TreeSet<>())
            .add(Math.round(Units.ptToMm(run.glyphs().get(0).getXDirAdj())));
      }
    }
    return starts;
  }

  /**
   * Text printed over text, by the preflight's overlap check (which every bundle file passes):
   * {@code page 3: text "a" overlaps "b" at 40.4, 77.8 mm}.
   */
  public static List<String> overlappingRuns(PDDocument pdf) throws IOException {
    return preflight(pdf, PreflightProfile.builder().anyPdf().build(), Set.of("overlap"));
  }

  /**
   * Glyphs cut by a clipping path or lines run out of their column, by the preflight's clip check
   * (which every bundle file passes).
   */
  public static List<String> clippedText(PDDocument pdf) throws IOException {
    return preflight(pdf, PreflightProfile.builder().anyPdf().build(), Set.of("clip"));
  }

  /**
   * What the preflight's layout checks find in {@code pdf} laid out as {@code layout} (clipped,
   * unprinted and overlapping text, live area, fill, headings, index lines), as {@code page N:
   * severity: field: message}; the page boxes are taken from the file.
   */
  public static List<String> layoutFindings(PDDocument pdf, Layout layout) throws IOException {
    return preflight(
        pdf,
        PreflightProfile.builder().anyPdf().layout(layout).build(),
        Set.of("clip", "print", "overlap", "live-area", "fill", "heading", "keep", "index"));
  }

  private static List<String> preflight(
      PDDocument pdf, PreflightProfile profile, Set<String> fields) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pdf.save(bytes);
    return new Preflight()
        .check("pdf", new ByteArrayInputStream(bytes.toByteArray()), profile).stream()
            .filter(d -> fields.contains(d.field()))
            .map(
                d ->
                    d.location()
                        + ": "
                        + d.severity().label()
                        + ": "
                        + d.field()
                        + ": "
                        + d.message())
            .toList();
  }

  /**
   * Headings printed twice on one page: lines set at {@code minPt} or larger whose words appear
   * more than once on the page (e.g. an article's title from the layout and again from its text).
   * Lines without letters (counts, numbers) are not headings.
   */
  public static List<String> repeatedHeadings(PDDocument pdf, float minPt) throws IOException {
    Map<Integer, Map<String, Integer>> lines = new TreeMap<>();
    for (Run run : runs(pdf)) {
      String words = run.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (words.codePoints().anyMatch(Character::isLetter)
          && run.glyphs().stream().allMatch(g -> g.getFontSizeInPt() >= minPt)) {
        lines.computeIfAbsent(run.page(), p -> new TreeMap<>()).merge(words, 1, Integer::sum);
      }
    }
    List<String> repeated = new ArrayList<>();
    lines.forEach(
        (page, counts) ->
            counts.forEach(
                (words, n) -> {
                  if (n > 1) {
                    repeated.add("page " + page + ": \"" + words + "\" " + n + " times");
                  }
                }));
    return repeated;
  }

  /**
   * Lines of the text with typewriter quotes, apostrophes or a year range with a hyphen ({@code
   * 1940-45}), which Danish typesetting prints as » «, ’ and an en dash; e-mail and web addresses
   * are left out.
   */
  public static List<String> untypesetLines(PDDocument pdf) throws IOException {
    return new PDFTextStripper()
        .getText(pdf)
        .lines()
        .filter(line -> UNTYPESET.matcher(line).find())
        .filter(line -> !line.contains("@") && !line.contains(".dk/"))
        .toList();
  }

  private static List<Run> runs(PDDocument pdf) throws IOException {
    List<Run> runs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            runs.add(new Run(getCurrentPageNo(), text, List.copyOf(positions)));
          }
        };
    stripper.setSortByPosition(false);
    stripper.getText(pdf);
    return runs;
  }
}
