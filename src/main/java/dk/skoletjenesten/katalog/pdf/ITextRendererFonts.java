package dk.skoletjenesten.katalog.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;
import java.util.Set;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/** Font family names as Flying Saucer will match them against CSS {@code font-family}. */
final class ITextRendererFonts {
  private ITextRendererFonts() {}

  static Set<String> familyNames(Path font) {
    try {
      return ITextFontResolver.getDistinctFontFamilyNames(
          font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (RuntimeException e) {
      throw new RenderException("cannot read font " + font + ": " + e.getMessage(), e);
    }
  }
}
