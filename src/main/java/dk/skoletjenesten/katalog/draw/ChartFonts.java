package dk.skoletjenesten.katalog.draw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The chart faces from the book's {@code fonts/}: Lato Regular for labels and the source line, Lato
 * Bold for the title and the values. Measures text the way PDFBox sets it (advance widths, no
 * kerning, no ligatures), so what the check measures is what is drawn.
 */
final class ChartFonts {
  enum Face {
    REGULAR("Lato-Regular.ttf"),
    BOLD("Lato-Bold.ttf");

    final String file;

    Face(String file) {
      this.file = file;
    }
  }

  private final Path fontsDir;
  private final Map<Face, Metrics> metrics = new EnumMap<>(Face.class);

  ChartFonts(Path fontsDir) {
    this.fontsDir = fontsDir;
    for (Face face : Face.values()) {
      metrics.put(face, new Metrics(file(face)));
    }
  }

  /** The width of {@code text} in points. */
  float widthPt(String text, TextStyle style) {
    return metrics.get(style.face()).width(text) * style.sizePt();
  }

  /** The width of the widest of {@code texts} in points; 0 for none. */
  float widestPt(List<String> texts, TextStyle style) {
    return (float) texts.stream().mapToDouble(text -> widthPt(text, style)).max().orElse(0);
  }

  /** The height of a capital above the baseline, in points. */
  float capHeightPt(TextStyle style) {
    return metrics.get(style.face()).capHeightEm * style.sizePt();
  }

  /** How far descenders reach below the baseline, in points. */
  float descentPt(TextStyle style) {
    return metrics.get(style.face()).descentEm * style.sizePt();
  }

  /** The first character of {@code text} the face has no glyph for. */
  OptionalInt missingGlyph(String text, Face face) {
    return metrics.get(face).missing(text);
  }

  /**
   * Loads a face into {@code document} as an embedded subset, with glyph substitution off: PDFBox
   * would otherwise set Lato's "ti" and "fi" ligatures as glyphs without a Unicode mapping, and
   * "Partnerskaber fik" would no longer be extractable as text.
   */
  PDType0Font load(PDDocument document, Face face) throws IOException {
    TrueTypeFont font = TrueTypeFiles.parse(file(face));
    font.setEnableGsub(false);
    return PDType0Font.load(document, font, true);
  }

  private Path file(Face face) {
    return TrueTypeFiles.require(fontsDir.resolve(face.file), "the charts need");
  }

  /** Advance widths and vertical metrics of one face, in ems. */
  private static final class Metrics {
    private final Path file;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float capHeightEm;
    private final float descentEm;

    Metrics(Path file) {
      this.file = file;
      this.font = TrueTypeFiles.parse(file);
      try {
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
        this.capHeightEm = font.getOS2Windows().getCapHeight() / unitsPerEm;
        this.descentEm = -font.getHorizontalHeader().getDescender() / unitsPerEm;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the metrics of font " + file, e);
      }
    }

    float width(String text) {
      return (float) text.codePoints().mapToDouble(this::advance).sum() / unitsPerEm;
    }

    OptionalInt missing(String text) {
      return text.codePoints().filter(cp -> cmap.getGlyphId(cp) == 0).findFirst();
    }

    private float advance(int codePoint) {
      try {
        return font.getAdvanceWidth(cmap.getGlyphId(codePoint));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot measure text in font " + file, e);
      }
    }
  }
}
