package dk.skoletjenesten.katalog.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;

/**
 * DeviceCMYK colours as the RGB a screen shows: through PDFBox's CMYK profile (the one its viewer
 * renders CMYK with), except greys of black ink alone, which become neutral greys so that 100 K
 * text stays pure black. Components are rounded to three decimals, so tiny differences between
 * colour engines of Java runtimes do not reach the file. One instance per document; conversions are
 * serialised, as Java's colour engine is not safe for concurrent use.
 */
final class RgbColours {
  private static final Object ENGINE = new Object();
  private final Map<List<Float>, float[]> converted = new HashMap<>();

  /** The RGB of {@code cmyk} (four components 0-1). */
  float[] rgb(float[] cmyk) {
    if (cmyk.length != 4) {
      throw new IllegalArgumentException("expected 4 CMYK components, got " + cmyk.length);
    }
    List<Float> key = List.of(cmyk[0], cmyk[1], cmyk[2], cmyk[3]);
    return converted.computeIfAbsent(key, k -> convert(cmyk)).clone();
  }

  private static float[] convert(float[] cmyk) {
    float[] clamped = new float[4];
    for (int i = 0; i < 4; i++) {
      clamped[i] = Math.max(0, Math.min(1, cmyk[i]));
    }
    if (clamped[0] == 0 && clamped[1] == 0 && clamped[2] == 0) {
      float grey = round(1 - clamped[3]);
      return new float[] {grey, grey, grey};
    }
    float[] rgb;
    synchronized (ENGINE) {
      try {
        rgb = PDDeviceCMYK.INSTANCE.toRGB(clamped);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read PDFBox's CMYK profile", e);
      }
    }
    float[] rounded = Arrays.copyOf(rgb, 3);
    for (int i = 0; i < 3; i++) {
      rounded[i] = round(rounded[i]);
    }
    return rounded;
  }

  /** Runs {@code work} alone on Java's colour engine (image conversions). */
  static <T> T onEngine(IoSupplier<T> work) throws IOException {
    synchronized (ENGINE) {
      return work.get();
    }
  }

  private static float round(float value) {
    return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000f;
  }

  /** A computation that may fail with an I/O error. */
  interface IoSupplier<T> {
    T get() throws IOException;
  }
}
