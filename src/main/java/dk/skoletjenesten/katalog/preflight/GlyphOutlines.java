package dk.skoletjenesten.katalog.preflight;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

/**
 * The glyph outlines of one document, each font's glyph computed once: fontbox builds a new path
 * from the glyph program on every request, and a catalogue shows the same few hundred glyphs tens
 * of thousands of times. Keyed by the font dictionary (one per font resource) and the character
 * code; the paths are never changed (users transform copies).
 */
final class GlyphOutlines {
  private static final GeneralPath DAMAGED = new GeneralPath();

  private final Map<COSDictionary, Map<Integer, GeneralPath>> byFont = new IdentityHashMap<>();

  /** The glyph's path in glyph space (the font matrix not applied), or null when it has none. */
  GeneralPath of(PDFont font, int code) {
    if (!(font instanceof PDVectorFont vectorFont)) {
      return null;
    }
    Map<Integer, GeneralPath> glyphs =
        byFont.computeIfAbsent(font.getCOSObject(), dictionary -> new HashMap<>());
    GeneralPath path = glyphs.computeIfAbsent(code, key -> read(vectorFont, key));
    return path == DAMAGED ? null : path;
  }

  private static GeneralPath read(PDVectorFont font, int code) {
    try {
      GeneralPath path = font.getNormalizedPath(code);
      return path != null ? path : DAMAGED;
    } catch (IOException | RuntimeException e) {
      return DAMAGED; // a damaged glyph: the glyph check reports it
    }
  }
}
