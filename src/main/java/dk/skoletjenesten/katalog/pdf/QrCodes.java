package dk.skoletjenesten.katalog.pdf;

import dk.skoletjenesten.katalog.draw.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * QR codes as vector art for {@code <img>}: a one-page PDF, one point per module, the dark modules
 * filled in 100 K (DeviceCMYK). The quiet zone is left to the layout.
 */
final class QrCodes {
  private QrCodes() {}

  static byte[] pdf(String text) {
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
