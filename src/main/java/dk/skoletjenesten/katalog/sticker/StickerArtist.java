package dk.skoletjenesten.katalog.sticker;

import static dk.skoletjenesten.katalog.common.Units.mmToPt;

import dk.skoletjenesten.katalog.draw.QrCode;
import dk.skoletjenesten.katalog.print.Product;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a sticker's artwork: the background running 2 mm beyond the cut into the bleed, the
 * Skoletjenesten mark, the text reversed out in white, the QR code on a white tile, and the die
 * line on top. The page is the trim plus bleed; TrimBox is the ordered size.
 */
final class StickerArtist {
  static final double BLEED_MM = Product.STICKER.fixedBleedMm().orElseThrow();

  /**
   * The background: a warm orange that stands out on the cover, dark enough for white type (4.5 :
   * 1).
   */
  private static final float[] BACKGROUND = {0f, 0.62f, 0.9f, 0.25f};

  private static final float[] WHITE = {0f, 0f, 0f, 0f};
  private static final float[] BLACK = {0f, 0f, 0f, 1f};
  private static final double KAPPA = 0.5522847498;

  private final StickerFonts fonts;

  StickerArtist(StickerFonts fonts) {
    this.fonts = fonts;
  }

  byte[] draw(Shape shape, StickerLayout layout) {
    try (PDDocument document = new PDDocument()) {
      float width = mmToPt(shape.widthMm() + 2 * BLEED_MM);
      float height = mmToPt(shape.heightMm() + 2 * BLEED_MM);
      PDPage page = new PDPage(new PDRectangle(width, height));
      page.setBleedBox(new PDRectangle(width, height));
      page.setTrimBox(
          new PDRectangle(
              mmToPt(BLEED_MM),
              mmToPt(BLEED_MM),
              mmToPt(shape.widthMm()),
              mmToPt(shape.heightMm())));
      document.addPage(page);
      PDType0Font bold = fonts.bold(document);
      PDType0Font regular = fonts.regular(document);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.transform(Matrix.getTranslateInstance(width / 2, height / 2));
        content.setNonStrokingColor(cmyk(BACKGROUND));
        path(content, shape, BLEED_MM);
        content.fill();
        StickerLayout.Mark mark = layout.mark();
        PublisherMark.draw(content, mmToPt(mark.x()), mmToPt(mark.y()), mmToPt(mark.sizeMm()));
        if (layout.qr() != null) {
          drawQr(content, layout.qr());
        }
        for (StickerLayout.TextLine line : layout.lines()) {
          drawLine(content, line, line.bold() ? bold : regular);
        }
        path(content, shape, 0);
        DieLine.stroke(content);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the sticker artwork", e);
    }
  }

  private static void drawQr(PDPageContentStream content, StickerLayout.QrTile qr)
      throws IOException {
    float tile = mmToPt(qr.tileMm());
    float x = mmToPt(qr.centreX()) - tile / 2;
    float y = mmToPt(qr.centreY()) - tile / 2;
    content.setNonStrokingColor(cmyk(WHITE));
    roundedRect(content, x, y, tile, tile, mmToPt(1.5));
    content.fill();
    float code = mmToPt(qr.codeMm());
    content.setNonStrokingColor(cmyk(BLACK));
    QrCode.encode(qr.url()).draw(content, x + (tile - code) / 2, y + (tile - code) / 2, code);
  }

  private static void drawLine(
      PDPageContentStream content, StickerLayout.TextLine line, PDType0Font font)
      throws IOException {
    content.beginText();
    content.setNonStrokingColor(cmyk(WHITE));
    content.setFont(font, (float) line.sizePt());
    content.newLineAtOffset(mmToPt(line.x()), mmToPt(line.baselineY()));
    content.showText(line.text());
    content.endText();
  }

  /** The shape's outline grown by {@code growMm}, centred on the origin. */
  static void path(PDPageContentStream content, Shape shape, double growMm) throws IOException {
    float w = mmToPt(shape.widthMm() + 2 * growMm);
    float h = mmToPt(shape.heightMm() + 2 * growMm);
    float r = shape.circle() ? w / 2 : mmToPt(shape.cornerRadiusMm() + growMm);
    roundedRect(content, -w / 2, -h / 2, w, h, r);
  }

  private static void roundedRect(
      PDPageContentStream c, float x, float y, float w, float h, float r) throws IOException {
    float k = (float) (r * KAPPA);
    c.moveTo(x + r, y);
    c.lineTo(x + w - r, y);
    c.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
    c.lineTo(x + w, y + h - r);
    c.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
    c.lineTo(x + r, y + h);
    c.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
    c.lineTo(x, y + r);
    c.curveTo(x, y + r - k, x + r - k, y, x + r, y);
    c.closePath();
  }

  private static PDColor cmyk(float[] values) {
    return new PDColor(values, PDDeviceCMYK.INSTANCE);
  }
}
