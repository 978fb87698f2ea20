package dk.skoletjenesten.katalog.preflight;

import org.apache.pdfbox.cos.COSDictionary;

/**
 * A check fed by {@link PageWalker} while it interprets a page's content. Findings go to the
 * {@link Findings} the check was made with, usually when the page ends.
 */
interface PageCheck {
  default void startPage(PageContext page) {}

  default void paint(Paint paint) {}

  default void glyph(Glyph glyph) {}

  default void image(DrawnImage image) {}

  /** A transparency group dictionary of the page or of a form XObject. */
  default void transparencyGroup(COSDictionary group, Origin origin) {}

  default void endPage() {}
}
