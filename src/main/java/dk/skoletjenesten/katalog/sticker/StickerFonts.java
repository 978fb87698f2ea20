package dk.skoletjenesten.katalog.sticker;

import dk.skoletjenesten.katalog.draw.TrueTypeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The sticker's two faces from {@code fonts/}: Lato Bold for the text, Lato Regular for the
 * address.
 */
final class StickerFonts implements TextMeasure {
  static final String BOLD = "Lato-Bold.ttf";
  static final String REGULAR = "Lato-Regular.ttf";

  private final Path boldFile;
  private final Path regularFile;
  private final TrueTypeFont boldMetrics;
  private final TrueTypeFont regularMetrics;

  StickerFonts(Path fontsDir) {
    this.boldFile = TrueTypeFiles.require(fontsDir.resolve(BOLD), "the sticker needs");
    this.regularFile = TrueTypeFiles.require(fontsDir.resolve(REGULAR), "the sticker needs");
    this.boldMetrics = TrueTypeFiles.parse(boldFile);
    this.regularMetrics = TrueTypeFiles.parse(regularFile);
  }

  PDType0Font bold(PDDocument document) throws IOException {
    return load(document, boldFile);
  }

  PDType0Font regular(PDDocument document) throws IOException {
    return load(document, regularFile);
  }

  /**
   * Loads a face for embedding with glyph substitution off: PDFBox would otherwise set Lato's "ti"
   * and "fi" ligatures as glyphs without a Unicode mapping, and "tilbud" would no longer be
   * searchable or extractable as text.
   */
  private static PDType0Font load(PDDocument document, Path file) throws IOException {
    TrueTypeFont font = TrueTypeFiles.parse(file);
    font.setEnableGsub(false);
    return PDType0Font.load(document, font, true);
  }

  /** The first character of {@code text} that a face has no glyph for, or -1. */
  int missingGlyph(String text, boolean bold) {
    TrueTypeFont font = bold ? boldMetrics : regularMetrics;
    try {
      var cmap = font.getUnicodeCmapLookup();
      return text.codePoints()
          .filter(cp -> !Character.isWhitespace(cp) && cmap.getGlyphId(cp) == 0)
          .findFirst()
          .orElse(-1);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the character map of " + (bold ? boldFile : regularFile), e);
    }
  }

  @Override
  public double widthMm(String text, boolean bold, double sizePt) {
    TrueTypeFont font = bold ? boldMetrics : regularMetrics;
    try {
      var cmap = font.getUnicodeCmapLookup();
      double units = text.codePoints().mapToDouble(cp -> advance(font, cmap.getGlyphId(cp))).sum();
      return units / font.getUnitsPerEm() * sizePt * 25.4 / 72;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot measure text in " + (bold ? boldFile : regularFile), e);
    }
  }

  @Override
  public double[] inkMm(String text, boolean bold, double sizePt) {
    TrueTypeFont font = bold ? boldMetrics : regularMetrics;
    try {
      var cmap = font.getUnicodeCmapLookup();
      double top = 0;
      double bottom = 0;
      for (int cp : text.codePoints().toArray()) {
        GlyphData glyph = font.getGlyph().getGlyph(cmap.getGlyphId(cp));
        if (glyph != null) {
          top = Math.max(top, glyph.getYMaximum());
          bottom = Math.min(bottom, glyph.getYMinimum());
        }
      }
      double scale = sizePt * 25.4 / 72 / font.getUnitsPerEm();
      return new double[] {top * scale, -bottom * scale};
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot measure text in " + (bold ? boldFile : regularFile), e);
    }
  }

  private static double advance(TrueTypeFont font, int glyph) {
    try {
      return font.getAdvanceWidth(glyph);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
