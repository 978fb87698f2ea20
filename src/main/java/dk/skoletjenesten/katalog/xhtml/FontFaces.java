package dk.skoletjenesten.katalog.xhtml;

import dk.skoletjenesten.katalog.draw.TrueTypeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A stylesheet of {@code @font-face} rules for the TrueType files of the fonts folder, which Flying
 * Saucer is given directly (not through CSS): one rule per family name a file gives (as Flying
 * Saucer matches {@code font-family}: the font's family name, name ID 1), with the file's weight
 * (OS/2 class) and style (italic bit).
 */
final class FontFaces {
  private static final int ITALIC_BIT = 1;

  private FontFaces() {}

  /** The stylesheet for {@code fonts} (sorted), whose files lie beside it under their own names. */
  static String css(List<Path> fonts) {
    StringBuilder css = new StringBuilder();
    css.append("/* The fonts of the fonts folder, as Flying Saucer is given them. */\n");
    for (Path font : fonts) {
      for (String rule : rules(font)) {
        css.append(rule);
      }
    }
    return css.toString();
  }

  private static Set<String> rules(Path font) {
    Set<String> rules = new TreeSet<>();
    try (TrueTypeFont ttf = TrueTypeFiles.parse(font)) {
      NamingTable naming = ttf.getNaming();
      OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
      int weight = os2 == null ? 400 : os2.getWeightClass();
      boolean italic =
          os2 != null
              ? (os2.getFsSelection() & ITALIC_BIT) != 0
              : ttf.getPostScript() != null && ttf.getPostScript().getItalicAngle() != 0;
      String family = naming == null ? null : naming.getFontFamily();
      if (family == null || family.isBlank()) {
        throw new IllegalStateException("font " + font + " names no family (name ID 1)");
      }
      rules.add(rule(family, font.getFileName().toString(), weight, italic));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + font, e);
    }
    return rules;
  }

  private static String rule(String family, String file, int weight, boolean italic) {
    return "@font-face { font-family: \""
        + family.replace("\"", "\\\"")
        + "\"; src: url(\""
        + file
        + "\") format(\"truetype\"); font-weight: "
        + weight
        + "; font-style: "
        + (italic ? "italic" : "normal")
        + "; }\n";
  }
}
