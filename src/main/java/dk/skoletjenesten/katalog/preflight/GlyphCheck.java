package dk.skoletjenesten.katalog.preflight;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

/**
 * Text whose glyph is missing from its embedded font: the code maps to glyph 0 (.notdef) or to no
 * glyph, or to an empty outline although the text is not a space. Such text prints as boxes or not
 * at all. Non-embedded fonts are the font check's business.
 */
final class GlyphCheck implements PageCheck {
  static final String FIELD = "glyph";
  private static final int MAX_SHOWN = 20;

  private final Findings findings;
  private final Map<String, Set<String>> missingByFont = new LinkedHashMap<>();
  private PageContext page;

  GlyphCheck(Findings findings) {
    this.findings = findings;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
    missingByFont.clear();
  }

  @Override
  public void glyph(Glyph glyph) {
    PDFont font = glyph.font();
    if (font.isEmbedded() && glyph.visible() && missing(glyph)) {
      missingByFont
          .computeIfAbsent(FontCheck.name(font), name -> new LinkedHashSet<>())
          .add(glyph.text());
    }
  }

  private static boolean missing(Glyph glyph) {
    try {
      if (glyph.font() instanceof PDType3Font type3) {
        return type3.getCharProc(glyph.code()) == null;
      }
      if (glyph.font() instanceof PDVectorFont vectorFont && !vectorFont.hasGlyph(glyph.code())) {
        return true;
      }
      return glyph.bounds() == null && glyph.inked();
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  @Override
  public void endPage() {
    missingByFont.forEach(
        (font, texts) ->
            findings.error(
                page.number(),
                FIELD,
                "no glyph for \"" + shown(texts) + "\" in embedded font " + font));
  }

  private static String shown(Set<String> texts) {
    String all = String.join("", texts);
    return texts.size() > MAX_SHOWN
        ? String.join("", texts.stream().limit(MAX_SHOWN).toList()) + "…"
        : all;
  }
}
