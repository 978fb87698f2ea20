package dk.skoletjenesten.katalog.preflight;

import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * An image's raw samples, as {@link PDImage#getRawRaster()} gives them, read fast where that is
 * exactly the same: PDFBox reads every sample bit by bit through an image input stream (about 60 ns
 * a sample, most of the ink check's time), while 8-bit samples without a Decode array are the
 * decoded stream's bytes (rows of whole bytes, no padding) mapped through the colour space's
 * default decode with PDFBox's own arithmetic, one table of 256 values per component. Anything else
 * (other depths, a Decode array, a short stream) goes through PDFBox, so a damaged image fails with
 * PDFBox's message as before.
 */
final class ImageSamples {
  private ImageSamples() {}

  static Raster of(PDImage image) throws IOException {
    Raster fast = bytes(image);
    return fast != null ? fast : image.getRawRaster();
  }

  private static Raster bytes(PDImage image) throws IOException {
    if (image.isEmpty() || image.getBitsPerComponent() != 8 || image.getDecode() != null) {
      return null;
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int bands = image.getColorSpace().getNumberOfComponents();
    long length = (long) width * height * bands;
    byte[][] tables = tables(image.getColorSpace(), bands);
    if (width <= 0 || height <= 0 || tables == null || length > Integer.MAX_VALUE) {
      return null;
    }
    byte[] samples;
    try (InputStream in = image.createInputStream()) {
      samples = in.readNBytes((int) length);
    }
    if (samples.length != length) {
      return null; // short: PDFBox's reader says how
    }
    decode(samples, bands, tables);
    int[] offsets = new int[bands];
    for (int band = 0; band < bands; band++) {
      offsets[band] = band;
    }
    DataBuffer buffer = new DataBufferByte(samples, samples.length);
    return Raster.createInterleavedRaster(
        buffer, width, height, width * bands, bands, offsets, null);
  }

  /**
   * Per component, what PDFBox's reader stores for each 8-bit value (SampledImageReader: the value
   * interpolated into the default decode range, then back to a byte, or rounded for an index), or
   * null when the colour space's default decode does not fit its components.
   */
  private static byte[][] tables(PDColorSpace space, int bands) {
    float[] decode = space.getDefaultDecode(8);
    if (bands <= 0 || decode == null || decode.length < bands * 2) {
      return null;
    }
    boolean indexed = space instanceof PDIndexed;
    float sampleMax = (float) Math.pow(2, 8) - 1f;
    byte[][] tables = new byte[bands][256];
    for (int band = 0; band < bands; band++) {
      float min = decode[band * 2];
      float max = decode[band * 2 + 1];
      for (int value = 0; value < 256; value++) {
        float output = min + (value * ((max - min) / sampleMax));
        tables[band][value] =
            indexed
                ? (byte) Math.round(output)
                : (byte) Math.round(((output - Math.min(min, max)) / Math.abs(max - min)) * 255f);
      }
    }
    return tables;
  }

  private static void decode(byte[] samples, int bands, byte[][] tables) {
    for (int band = 0; band < bands; band++) {
      byte[] table = tables[band];
      if (identity(table)) {
        continue;
      }
      for (int i = band; i < samples.length; i += bands) {
        samples[i] = table[samples[i] & 0xff];
      }
    }
  }

  private static boolean identity(byte[] table) {
    for (int value = 0; value < table.length; value++) {
      if (table[value] != (byte) value) {
        return false;
      }
    }
    return true;
  }
}
