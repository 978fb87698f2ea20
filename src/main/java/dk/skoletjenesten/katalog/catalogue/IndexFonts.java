package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.draw.TrueTypeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The metrics of the two faces the indexes print in (indexes.css): Lato Regular for names and Lato
 * Black for group heads and page numbers.
 */
final class IndexFonts implements TextWidth {
  static final String REGULAR = "Lato-Regular.ttf";
  static final String BLACK = "Lato-Black.ttf";

  private final Face regular;
  private final Face black;

  IndexFonts(Path fontsDir) {
    this.regular = new Face(fontsDir.resolve(REGULAR));
    this.black = new Face(fontsDir.resolve(BLACK));
  }

  @Override
  public double widthMm(String text, boolean black, double sizePt) {
    return (black ? this.black : regular).widthMm(text, sizePt);
  }

  private static final class Face {
    private final Path file;
    private final TrueTypeFont font;
    private final CmapLookup cmap;

    Face(Path file) {
      this.file = TrueTypeFiles.require(file, "the catalogue's indexes need");
      this.font = TrueTypeFiles.parse(file);
      try {
        this.cmap = font.getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the character map of " + file, e);
      }
    }

    double widthMm(String text, double sizePt) {
      try {
        double units = 0;
        for (int cp : text.codePoints().toArray()) {
          units += font.getAdvanceWidth(cmap.getGlyphId(cp));
        }
        return units / font.getUnitsPerEm() * sizePt * 25.4 / 72;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot measure text in " + file, e);
      }
    }
  }
}
