package dk.skoletjenesten.katalog.draw;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code as a grid of modules (ZXing), drawn as vector rectangles: sharp at any size and free of
 * bitmaps. The grid has no quiet zone; leave four modules of light space around it.
 */
public final class QrCode {
  /** The light margin a reader needs around the code, in modules. */
  public static final int QUIET_ZONE_MODULES = 4;

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  /**
   * Encodes {@code text} with error correction M; a web address is encoded as a browser sends it,
   * non-ASCII characters percent-encoded ({@code hj%C3%B8rring}), which every reader opens.
   */
  public static QrCode encode(String text) {
    return encodeText(payload(text));
  }

  /** What the code holds for {@code text}: a web address in ASCII, any other text as it is. */
  public static String payload(String text) {
    if (!text.matches("(?i)https?://\\S+")) {
      return text;
    }
    try {
      return new URI(text).toASCIIString();
    } catch (URISyntaxException e) {
      return text;
    }
  }

  private static QrCode encodeText(String text) {
    Map<EncodeHintType, Object> hints =
        Map.of(
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name(),
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            0);
    try {
      return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
    }
  }

  /** Modules per side (21 for version 1, 25 for version 2, ...). */
  public int size() {
    return modules.getWidth();
  }

  public boolean isDark(int x, int y) {
    return modules.get(x, y);
  }

  /**
   * Draws the dark modules as filled rectangles in the current fill colour, with the code's
   * lower-left corner at ({@code x}, {@code y}) and {@code side} points wide. Runs of dark modules
   * in a row become one rectangle.
   */
  public void draw(PDPageContentStream content, float x, float y, float side) throws IOException {
    float module = side / size();
    for (int row = 0; row < size(); row++) {
      int col = 0;
      while (col < size()) {
        if (!isDark(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < size() && isDark(col, row)) {
          col++;
        }
        content.addRect(
            x + start * module, y + side - (row + 1) * module, (col - start) * module, module);
      }
    }
    content.fill();
  }
}
