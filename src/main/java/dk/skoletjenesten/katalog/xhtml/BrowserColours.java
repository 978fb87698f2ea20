package dk.skoletjenesten.katalog.xhtml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;

/**
 * The layouts' CMYK colours, {@code cmyk(c, m, y, k)} with components 0-1 (Flying Saucer's
 * notation, which browsers do not know), as the {@code rgb(r, g, b)} a browser shows: through
 * PDFBox's CMYK profile, as the screen editions convert them, and greys of black ink alone as
 * neutral greys, so that 100 K text is pure black.
 */
final class BrowserColours {
  private static final String NUMBER = "\\s*([0-9]*\\.?[0-9]+)\\s*";
  private static final Pattern CMYK =
      Pattern.compile("(?i)cmyk\\(" + NUMBER + "," + NUMBER + "," + NUMBER + "," + NUMBER + "\\)");
  private static final Object ENGINE = new Object();

  private BrowserColours() {}

  /** {@code css} with every {@code cmyk(...)} colour written as {@code rgb(...)}. */
  static String translate(String css) {
    Matcher m = CMYK.matcher(css);
    StringBuilder out = new StringBuilder(css.length());
    while (m.find()) {
      float[] cmyk = new float[4];
      for (int i = 0; i < 4; i++) {
        cmyk[i] = Math.max(0, Math.min(1, Float.parseFloat(m.group(i + 1))));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(rgb(cmyk)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code rgb(r, g, b)} with components 0-255 for a CMYK colour (components 0-1). */
  static String rgb(float[] cmyk) {
    float[] rgb = toRgb(cmyk);
    return String.format(
        Locale.ROOT, "rgb(%d, %d, %d)", byteOf(rgb[0]), byteOf(rgb[1]), byteOf(rgb[2]));
  }

  private static float[] toRgb(float[] cmyk) {
    if (cmyk[0] == 0 && cmyk[1] == 0 && cmyk[2] == 0) {
      float grey = 1 - cmyk[3];
      return new float[] {grey, grey, grey};
    }
    synchronized (ENGINE) { // Java's colour engine is not safe for concurrent use
      try {
        return PDDeviceCMYK.INSTANCE.toRGB(cmyk);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read PDFBox's CMYK profile", e);
      }
    }
  }

  private static int byteOf(float component) {
    return Math.round(Math.max(0, Math.min(1, component)) * 255);
  }
}
