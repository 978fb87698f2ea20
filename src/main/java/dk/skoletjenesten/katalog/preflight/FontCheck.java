package dk.skoletjenesten.katalog.preflight;

import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Every font that shows text on a page (in its content, form XObjects, annotation appearances or
 * Type3 glyphs) must be embedded. Type3 fonts are their own glyph programs and always count as
 * embedded.
 */
final class FontCheck implements PageCheck {
  static final String FIELD = "font";

  private final Findings findings;
  private final Set<String> missing = new TreeSet<>();
  private PageContext page;

  FontCheck(Findings findings) {
    this.findings = findings;
  }

  static String name(PDFont font) {
    String name = font.getName();
    return name == null || name.isBlank() ? "an unnamed " + font.getSubType() + " font" : name;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
    missing.clear();
  }

  @Override
  public void glyph(Glyph glyph) {
    if (!glyph.font().isEmbedded()) {
      missing.add(name(glyph.font()));
    }
  }

  @Override
  public void endPage() {
    for (String font : missing) {
      findings.error(page.number(), FIELD, font + " is not embedded");
    }
  }
}
