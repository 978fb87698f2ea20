package dk.skoletjenesten.katalog.preflight;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;

/**
 * One glyph shown by a text operator.
 *
 * @param origin where the text operator lives
 * @param font the font
 * @param code the character code
 * @param unicode the text it stands for, or null when the font does not say
 * @param bounds the outline's bounds in page space, or null when the glyph has no outline
 * @param visible whether the text render mode paints anything
 * @param filled whether the text render mode fills the outline (most text does)
 * @param sizePt the font size in page space (the text rendering matrix's vertical scale)
 * @param baselineX where the glyph starts on its baseline, in page space
 * @param baselineY the baseline in page space
 * @param clip the clipping path in force, in page space
 * @param fillSpace the fill colour's space
 * @param fillComponents the fill colour's components
 */
record Glyph(
    Origin origin,
    PDFont font,
    int code,
    String unicode,
    Rectangle2D bounds,
    boolean visible,
    boolean filled,
    double sizePt,
    double baselineX,
    double baselineY,
    Shape clip,
    PDColorSpace fillSpace,
    float[] fillComponents) {

  /** The text for messages: the Unicode value, or {@code [code 65]} when unknown. */
  String text() {
    return unicode != null && !unicode.isEmpty() ? unicode : "[code " + code + "]";
  }

  /** Whether the glyph stands for visible text (not a space, control or format character). */
  boolean inked() {
    if (unicode == null || unicode.isEmpty()) {
      return true;
    }
    return unicode.codePoints().anyMatch(Glyph::inkedCodePoint);
  }

  private static boolean inkedCodePoint(int codePoint) {
    int type = Character.getType(codePoint);
    return !Character.isWhitespace(codePoint)
        && !Character.isSpaceChar(codePoint)
        && type != Character.CONTROL
        && type != Character.FORMAT;
  }
}
