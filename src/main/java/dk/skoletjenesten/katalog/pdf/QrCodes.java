package dk.skoletjenesten.katalog.pdf;

import dk.skoletjenesten.katalog.draw.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * QR codes as vector art for {@code <img>}: a one-page PDF, one point per module, the dark modules
 * filled in 100 K (DeviceCMYK). The quiet zone is left to the layout. The codes of the last {@value
 * #MAX_CACHED} texts are kept: the catalogue is laid out more than once, and its 300-odd codes took
 * 4 % of the build's time, encoded again each time.
 */
final class QrCodes {
  private static final int MAX_CACHED = 4096;

  private static final Map<String, byte[]> CACHE =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
              return size() > MAX_CACHED;
            }
          });

  private QrCodes() {}

  /** The code of {@code text} as a one-page PDF; the caller must not change the array. */
  static byte[] pdf(String text) {
    byte[] cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    byte[] pdf = encode(text);
    CACHE.put(text, pdf);
    return pdf;
  }

  private static byte[] encode(String text) {
    QrCode code;
    try {
      code = QrCode.encode(text);
    } catch (IllegalArgumentException e) {
      throw new RenderException("cannot encode " + text + " as a QR code", e);
    }
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(code.size(), code.size()));
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.setNonStrokingColor(0f, 0f, 0f, 1f);
        code.draw(out, 0, 0, code.size());
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the QR code for " + text, e);
    }
  }
}
