package dk.skoletjenesten.katalog.sticker;

import static dk.skoletjenesten.katalog.common.Units.mmToPt;

import dk.skoletjenesten.katalog.registry.StickerOrder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Gangs one sticker design up on a press sheet: as many as fit in a centred grid with at least 3 mm
 * between the cut lines and 3 mm from the sheet's edge, each placed as a vector form with its bleed
 * and die line.
 */
final class SheetImposer {
  static final double GAP_MM = 3;
  static final double MARGIN_MM = 3;

  private SheetImposer() {}

  /** Columns and rows of stickers of the given trim that fit on the sheet. */
  static int[] grid(StickerOrder.Sheet sheet, double widthMm, double heightMm) {
    int columns = (int) Math.floor((sheet.widthMm() - 2 * MARGIN_MM + GAP_MM) / (widthMm + GAP_MM));
    int rows = (int) Math.floor((sheet.heightMm() - 2 * MARGIN_MM + GAP_MM) / (heightMm + GAP_MM));
    return new int[] {Math.max(0, columns), Math.max(0, rows)};
  }

  static byte[] impose(byte[] artwork, StickerOrder.Sheet sheet, double widthMm, double heightMm) {
    int[] grid = grid(sheet, widthMm, heightMm);
    try (PDDocument source = Loader.loadPDF(artwork);
        PDDocument target = new PDDocument()) {
      PDRectangle size = new PDRectangle(mmToPt(sheet.widthMm()), mmToPt(sheet.heightMm()));
      PDPage page = new PDPage(size);
      page.setBleedBox(size);
      page.setTrimBox(size);
      target.addPage(page);
      PDFormXObject form = new LayerUtility(target).importPageAsForm(source, 0);
      double usedWidth = grid[0] * widthMm + (grid[0] - 1) * GAP_MM;
      double usedHeight = grid[1] * heightMm + (grid[1] - 1) * GAP_MM;
      double left = (sheet.widthMm() - usedWidth) / 2;
      double bottom = (sheet.heightMm() - usedHeight) / 2;
      try (PDPageContentStream content = new PDPageContentStream(target, page)) {
        for (int row = 0; row < grid[1]; row++) {
          for (int column = 0; column < grid[0]; column++) {
            double x = left + column * (widthMm + GAP_MM) - StickerArtist.BLEED_MM;
            double y = bottom + row * (heightMm + GAP_MM) - StickerArtist.BLEED_MM;
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(mmToPt(x), mmToPt(y)));
            content.drawForm(form);
            content.restoreGraphicsState();
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      target.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot impose the sticker sheet", e);
    }
  }
}
