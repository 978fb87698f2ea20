package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.common.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A text broken into lines at spaces to a width, greedily, in one style. A word wider than the
 * width stands alone on its line and overflows; {@link #problem} reports that, and more lines than
 * allowed, as a message.
 */
record TextBlock(String text, List<String> lines, TextStyle style) {
  /** Widths are sums of floats: a line exactly as wide as its room must still fit. */
  private static final float TOLERANCE_PT = 0.01f;

  TextBlock {
    lines = List.copyOf(lines);
  }

  static TextBlock wrap(ChartFonts fonts, String text, TextStyle style, float widthPt) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.trim().split("\\s+")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || fonts.widthPt(longer, style) <= widthPt + TOLERANCE_PT) {
        line = longer;
      } else {
        lines.add(line);
        line = word;
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return new TextBlock(text, lines, style);
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The widest line in points. */
  float widthPt(ChartFonts fonts) {
    return fonts.widestPt(lines, style);
  }

  /** From the top of the first line's capitals to the last baseline. */
  float capToBaselinePt(ChartFonts fonts) {
    return isEmpty() ? 0 : fonts.capHeightPt(style) + (lines.size() - 1) * style.leadingPt();
  }

  /** From the top of the first line's capitals to the lowest descender. */
  float heightPt(ChartFonts fonts) {
    return isEmpty() ? 0 : capToBaselinePt(fonts) + fonts.descentPt(style);
  }

  /**
   * Why the block does not fit in {@code maxLines} lines of {@code widthPt}, as in {@code label
   * "Museer" does not fit in 2 lines of 12.0 mm at 8 pt}.
   */
  Optional<String> problem(ChartFonts fonts, String what, int maxLines, float widthPt) {
    if (lines.size() <= maxLines && widthPt(fonts) <= widthPt + TOLERANCE_PT) {
      return Optional.empty();
    }
    String lineCount = maxLines + (maxLines == 1 ? " line" : " lines");
    double mm = Units.ptToMm(Math.max(0, widthPt));
    String size = ChartNumbers.asWritten(style.sizePt());
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s \"%s\" does not fit in %s of %.1f mm at %s pt",
            what,
            text,
            lineCount,
            mm,
            size));
  }
}
