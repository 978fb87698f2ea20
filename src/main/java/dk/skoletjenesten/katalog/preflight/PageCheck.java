package dk.skoletjenesten.katalog.preflight;

import org.apache.pdfbox.cos.COSDictionary;

/**
 * A check fed by {@link PageWalker} while it interprets a page's content. Findings go to the {@link
 * Findings} the check was made with, usually when the page ends.
 */
interface PageCheck {
  default void startPage(PageContext page) {}

  default void paint(Paint paint) {}

  /** A text-showing operator (Tj, TJ, ' or ") begins; its glyphs follow. */
  default void textStart() {}

  default void glyph(Glyph glyph) {}

  /** The text-showing operator has shown all its glyphs. */
  default void textEnd() {}

  default void image(DrawnImage image) {}

  /** A transparency group dictionary of the page or of a form XObject. */
  default void transparencyGroup(COSDictionary group, Origin origin) {}

  default void endPage() {}

  /** The last page has ended. */
  default void endDocument() {}
}
