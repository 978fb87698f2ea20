package dk.skoletjenesten.katalog.sticker;

import static dk.skoletjenesten.katalog.common.Units.mmToPt;

import dk.skoletjenesten.katalog.registry.PrintSpec;
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
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Gangs one sticker design up on a press sheet the way a printer sets one up. Nothing is printed in
 * the gripper strip ({@code print.sheet_gripper_mm}, 10 mm, along {@code print.sheet_gripper_edge})
 * nor within {@value #EDGE_MM} mm of the other edges. Just inside that frame sit three solid
 * registration dots of {@value #MARK_MM} mm in 100 K at the corners (the fourth corner is left
 * empty, so the sheet cannot be fed turned), which the cutter's camera reads to follow the die
 * lines. They are black rather than registration colour: the optical mark readers of digital
 * cutters look for black, and the sheet's TrimBox is the whole sheet, so 400 % registration ink
 * would break the ink limit the preflight holds the sheet to. Then the slug line (job, order,
 * copies, sheets, date) between the two dots on the tail edge. The stickers keep {@value
 * #CLEARANCE_MM} mm from the marks with their bleed and {@value #GAP_MM} mm between their cut lines
 * (so neighbouring bleeds never overlap), in a centred grid; each is placed as a vector form with
 * its bleed and die line.
 */
final class SheetImposer {
  static final double GAP_MM = 2 * StickerArtist.BLEED_MM;
  static final double EDGE_MM = 5;
  static final double GRIPPER_CLEARANCE_MM = 2;
  static final double MARK_MM = 5;
  static final double CLEARANCE_MM = 3;
  static final float SLUG_PT = 6.5f;
  private static final float MIN_SLUG_PT = 4.5f;
  private static final float[] BLACK = {0f, 0f, 0f, 1f};
  private static final float KAPPA = 0.5522848f;

  private final StickerFonts fonts;

  SheetImposer(StickerFonts fonts) {
    this.fonts = fonts;
  }

  /** A sheet edge's frame inset: where marks may start. */
  record Frame(double left, double right, double bottom, double top) {
    static Frame of(double gripperMm, PrintSpec.SheetEdge gripper) {
      double held = Math.max(EDGE_MM, gripperMm + GRIPPER_CLEARANCE_MM);
      return new Frame(
          gripper == PrintSpec.SheetEdge.LEFT ? held : EDGE_MM,
          gripper == PrintSpec.SheetEdge.RIGHT ? held : EDGE_MM,
          gripper == PrintSpec.SheetEdge.BOTTOM ? held : EDGE_MM,
          gripper == PrintSpec.SheetEdge.TOP ? held : EDGE_MM);
    }

    /** How far the cut lines keep from the frame: marks, clearance and the stickers' bleed. */
    static double cutInsetMm() {
      return MARK_MM + CLEARANCE_MM + StickerArtist.BLEED_MM;
    }
  }

  /** Columns and rows of stickers of the given trim that fit on the sheet. */
  static int[] grid(StickerOrder.Sheet sheet, Frame frame, double widthMm, double heightMm) {
    double inset = 2 * Frame.cutInsetMm();
    double roomX = sheet.widthMm() - frame.left() - frame.right() - inset;
    double roomY = sheet.heightMm() - frame.bottom() - frame.top() - inset;
    int columns = (int) Math.floor((roomX + GAP_MM) / (widthMm + GAP_MM));
    int rows = (int) Math.floor((roomY + GAP_MM) / (heightMm + GAP_MM));
    return new int[] {Math.max(0, columns), Math.max(0, rows)};
  }

  byte[] impose(
      byte[] artwork,
      StickerOrder.Sheet sheet,
      Frame frame,
      boolean slugAtTop,
      double widthMm,
      double heightMm,
      String slug) {
    int[] grid = grid(sheet, frame, widthMm, heightMm);
    try (PDDocument source = Loader.loadPDF(artwork);
        PDDocument target = new PDDocument()) {
      PDRectangle size = new PDRectangle(mmToPt(sheet.widthMm()), mmToPt(sheet.heightMm()));
      PDPage page = new PDPage(size);
      page.setBleedBox(size);
      page.setTrimBox(size);
      target.addPage(page);
      PDFormXObject form = new LayerUtility(target).importPageAsForm(source, 0);
      PDType0Font font = fonts.regular(target);
      try (PDPageContentStream content = new PDPageContentStream(target, page)) {
        stickers(content, form, sheet, frame, grid, widthMm, heightMm);
        content.setNonStrokingColor(new PDColor(BLACK, PDDeviceCMYK.INSTANCE));
        marks(content, sheet, frame);
        slug(content, font, sheet, frame, slugAtTop, slug);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      target.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot impose the sticker sheet", e);
    }
  }

  private static void stickers(
      PDPageContentStream content,
      PDFormXObject form,
      StickerOrder.Sheet sheet,
      Frame frame,
      int[] grid,
      double widthMm,
      double heightMm)
      throws IOException {
    double usedWidth = grid[0] * widthMm + (grid[0] - 1) * GAP_MM;
    double usedHeight = grid[1] * heightMm + (grid[1] - 1) * GAP_MM;
    double roomLeft = frame.left() + Frame.cutInsetMm();
    double roomBottom = frame.bottom() + Frame.cutInsetMm();
    double roomWidth = sheet.widthMm() - frame.right() - Frame.cutInsetMm() - roomLeft;
    double roomHeight = sheet.heightMm() - frame.top() - Frame.cutInsetMm() - roomBottom;
    double left = roomLeft + (roomWidth - usedWidth) / 2;
    double bottom = roomBottom + (roomHeight - usedHeight) / 2;
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

  /** Solid dots at the top-left, top-right and bottom-left corners of the frame. */
  private static void marks(PDPageContentStream content, StickerOrder.Sheet sheet, Frame frame)
      throws IOException {
    double r = MARK_MM / 2;
    double left = frame.left() + r;
    double right = sheet.widthMm() - frame.right() - r;
    double top = sheet.heightMm() - frame.top() - r;
    double bottom = frame.bottom() + r;
    for (double[] centre : new double[][] {{left, top}, {right, top}, {left, bottom}}) {
      dot(content, centre[0], centre[1], r);
      content.fill();
    }
  }

  private static void dot(PDPageContentStream c, double xMm, double yMm, double rMm)
      throws IOException {
    float x = mmToPt(xMm);
    float y = mmToPt(yMm);
    float r = mmToPt(rMm);
    float k = r * KAPPA;
    c.moveTo(x + r, y);
    c.curveTo(x + r, y + k, x + k, y + r, x, y + r);
    c.curveTo(x - k, y + r, x - r, y + k, x - r, y);
    c.curveTo(x - r, y - k, x - k, y - r, x, y - r);
    c.curveTo(x + k, y - r, x + r, y - k, x + r, y);
    c.closePath();
  }

  /**
   * The slug between the two dots of the tail edge (the top, or the bottom when the gripper holds
   * the top), its capitals centred on the dots; set smaller, down to 4.5 pt, if it is too long.
   */
  private void slug(
      PDPageContentStream content,
      PDType0Font font,
      StickerOrder.Sheet sheet,
      Frame frame,
      boolean atTop,
      String slug)
      throws IOException {
    double start = frame.left() + MARK_MM + CLEARANCE_MM;
    double room = sheet.widthMm() - frame.right() - MARK_MM - CLEARANCE_MM - start;
    float size = SLUG_PT;
    while (size > MIN_SLUG_PT && fonts.widthMm(slug, false, size) > room) {
      size -= 0.25f;
    }
    double capMm = fonts.inkMm("H", false, size)[0];
    double centre =
        atTop ? sheet.heightMm() - frame.top() - MARK_MM / 2 : frame.bottom() + MARK_MM / 2;
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(mmToPt(start), mmToPt(centre - capMm / 2));
    content.showText(slug);
    content.endText();
  }
}
