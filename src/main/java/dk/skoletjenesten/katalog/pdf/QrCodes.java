package dk.skoletjenesten.katalog.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * QR codes as vector art: a one-page PDF, one point per module, the dark modules filled in 100 K
 * (DeviceCMYK). The quiet zone is left to the layout.
 */
final class QrCodes {
  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, "UTF-8");

  private QrCodes() {}

  static byte[] pdf(String text) {
    BitMatrix matrix = encode(text);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(matrix.getWidth(), matrix.getHeight()));
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        drawModules(out, matrix);
        out.fill();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the QR code for " + text, e);
    }
  }

  /** One rectangle per horizontal run of dark modules. */
  private static void drawModules(PDPageContentStream out, BitMatrix matrix) throws IOException {
    int size = matrix.getHeight();
    for (int y = 0; y < size; y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y)) {
          x++;
        }
        out.addRect(start, size - 1 - y, x - start, 1);
      }
    }
  }

  private static BitMatrix encode(String text) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new RenderException("cannot encode " + text + " as a QR code", e);
    }
  }
}
