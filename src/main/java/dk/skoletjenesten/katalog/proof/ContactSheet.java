package dk.skoletjenesten.katalog.proof;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Sha256;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.draw.TrueTypeFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A publication's contact sheet: its spreads side by side as a book opens ({@link Spread}; a
 * single-page file is one tile), laid out by {@link SheetGrid} on A3 landscape pages, each page
 * number under its page, and a header with the title, the page count, the revision and the sheet.
 * The page proofs are embedded as they are (their PNG data, not re-encoded), the fonts are Lato
 * from {@code fonts/} (embedded subsets), and the PDF is dated from the revision with a document ID
 * from what it shows, so the same proofs give the same bytes. Each sheet is also drawn as a PNG at
 * {@link #PNG_DPI}, the same way, straight from the page proofs.
 */
final class ContactSheet {
  static final float PNG_DPI = 100;
  private static final float TITLE_PT = 14;
  private static final float INFO_PT = 10;
  private static final float NUMBER_PT = 8;
  private static final float FRAME_PT = 0.4f;
  private static final float GREY = 0.55f;

  private final Path fontsDir;
  private AwtFonts awtFonts;

  ContactSheet(Path fontsDir) {
    this.fontsDir = fontsDir;
  }

  /** The contact sheet of {@code file}, whose page proofs are {@code pages}, as a PDF. */
  byte[] pdf(BundleFile file, List<ProofPage> pages, LocalDate revision) throws IOException {
    List<List<ProofPage>> tiles = tiles(pages);
    SheetGrid grid = grid(file, pages);
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts =
          new PdfFonts(load(document, "Lato-Bold.ttf"), load(document, "Lato-Regular.ttf"));
      List<PDPageContentStream> sheets = new ArrayList<>();
      try {
        for (int s = 0; s < grid.sheets(); s++) {
          PDPage page =
              new PDPage(
                  new PDRectangle(mm(SheetGrid.SHEET_WIDTH_MM), mm(SheetGrid.SHEET_HEIGHT_MM)));
          document.addPage(page);
          PDPageContentStream content = new PDPageContentStream(document, page);
          sheets.add(content);
          header(new PdfPainter(document, content, fonts), file, revision, s + 1, grid.sheets());
        }
        for (int t = 0; t < tiles.size(); t++) {
          PdfPainter painter = new PdfPainter(document, sheets.get(grid.sheetOf(t)), fonts);
          tile(painter, grid, t, tiles.get(t), file);
        }
      } finally {
        for (PDPageContentStream content : sheets) {
          content.close();
        }
      }
      describe(document, file, pages, revision);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** How many A3 sheets the contact sheet of {@code file} has. */
  static int sheets(BundleFile file, List<ProofPage> pages) {
    return grid(file, pages).sheets();
  }

  /**
   * Sheet {@code sheet} (from 0) of the contact sheet as a PNG at {@link #PNG_DPI}, drawn as the
   * PDF is, straight from the page proofs (rendering the PDF again took a tenth of the build of an
   * insert for every municipality).
   */
  byte[] png(BundleFile file, List<ProofPage> pages, LocalDate revision, int sheet)
      throws IOException {
    List<List<ProofPage>> tiles = tiles(pages);
    SheetGrid grid = grid(file, pages);
    float scale = PNG_DPI / 72;
    float sheetHeightPt = mm(SheetGrid.SHEET_HEIGHT_MM);
    int width = (int) Math.floor(mm(SheetGrid.SHEET_WIDTH_MM) * scale);
    int height = (int) Math.floor(sheetHeightPt * scale);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      RasterPainter painter = new RasterPainter(g, scale, sheetHeightPt, awtFonts());
      header(painter, file, revision, sheet + 1, grid.sheets());
      for (int t = 0; t < tiles.size(); t++) {
        if (grid.sheetOf(t) == sheet) {
          tile(painter, grid, t, tiles.get(t), file);
        }
      }
    } finally {
      g.dispose();
    }
    return Png.encode(image).png();
  }

  private static SheetGrid grid(BundleFile file, List<ProofPage> pages) {
    int slots = pages.size() == 1 ? 1 : 2;
    return SheetGrid.of(tiles(pages).size(), slots * file.trimWidthMm(), file.trimHeightMm());
  }

  /**
   * The pages tile by tile: one page alone for a single-page file, else the book's spreads, a
   * missing side as null.
   */
  static List<List<ProofPage>> tiles(List<ProofPage> pages) {
    if (pages.size() == 1) {
      return List.of(List.of(pages.get(0)));
    }
    List<List<ProofPage>> tiles = new ArrayList<>();
    for (Spread spread : Spread.ofBook(pages.size())) {
      ProofPage left = spread.left().isPresent() ? pages.get(spread.left().getAsInt() - 1) : null;
      ProofPage right =
          spread.right().isPresent() ? pages.get(spread.right().getAsInt() - 1) : null;
      tiles.add(Arrays.asList(left, right));
    }
    return tiles;
  }

  private static void header(
      Painter painter, BundleFile file, LocalDate revision, int sheet, int sheets)
      throws IOException {
    float left = mm(SheetGrid.MARGIN_MM);
    float right = mm(SheetGrid.SHEET_WIDTH_MM - SheetGrid.MARGIN_MM);
    float baseline = mm(SheetGrid.SHEET_HEIGHT_MM - SheetGrid.MARGIN_MM - 7);
    String info =
        String.format(
            Locale.ROOT,
            "%s · %d %s · revision %s · ark %d af %d",
            file.path(),
            file.pages(),
            file.pages() == 1 ? "side" : "sider",
            revision,
            sheet,
            sheets);
    float infoWidth = painter.width(false, info) * INFO_PT;
    float titleRoom = right - left - infoWidth - mm(10);
    float titlePt = Math.max(7, Math.min(TITLE_PT, titleRoom / painter.width(true, file.title())));
    painter.text(true, titlePt, left, baseline, file.title());
    painter.text(false, INFO_PT, right - infoWidth, baseline, info);
    float rule = mm(SheetGrid.SHEET_HEIGHT_MM - SheetGrid.MARGIN_MM - 10);
    painter.line(left, rule, right, rule);
  }

  private static void tile(
      Painter painter, SheetGrid grid, int index, List<ProofPage> tile, BundleFile file)
      throws IOException {
    double slotWidthMm = file.trimWidthMm() * grid.scale();
    double heightMm = file.trimHeightMm() * grid.scale();
    float top = mm(SheetGrid.SHEET_HEIGHT_MM - grid.tileTopMm(index));
    for (int slot = 0; slot < tile.size(); slot++) {
      ProofPage page = tile.get(slot);
      if (page == null) {
        continue;
      }
      float x = mm(grid.tileLeftMm(index) + slot * slotWidthMm);
      float width = px(page.widthPx(), grid.scale());
      float height = px(page.heightPx(), grid.scale());
      float y = top - height;
      painter.image(page, x, y, width, height);
      painter.frame(x, y, width, height);
      String number = String.valueOf(page.number());
      float numberX = x + (width - painter.width(false, number) * NUMBER_PT) / 2;
      painter.text(false, NUMBER_PT, numberX, top - mm(heightMm) - mm(4), number);
    }
  }

  /**
   * What a sheet is drawn with, in PDF points from the sheet's lower left corner: the PDF's content
   * stream or a raster.
   */
  private interface Painter {
    /** The width of {@code text} at 1 pt, in Lato Bold or Regular. */
    float width(boolean bold, String text) throws IOException;

    void text(boolean bold, float sizePt, float x, float baseline, String text) throws IOException;

    /** A grey hairline. */
    void line(float x1, float y1, float x2, float y2) throws IOException;

    /** A grey hairline around a box whose lower left corner is {@code x}, {@code y}. */
    void frame(float x, float y, float width, float height) throws IOException;

    void image(ProofPage page, float x, float y, float width, float height) throws IOException;
  }

  private record PdfPainter(PDDocument document, PDPageContentStream content, PdfFonts fonts)
      implements Painter {
    @Override
    public float width(boolean bold, String text) throws IOException {
      return (bold ? fonts.bold : fonts.regular).getStringWidth(text) / 1000;
    }

    @Override
    public void text(boolean bold, float sizePt, float x, float baseline, String text)
        throws IOException {
      content.setNonStrokingColor(0f, 0f, 0f);
      content.beginText();
      content.setFont(bold ? fonts.bold : fonts.regular, sizePt);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }

    @Override
    public void line(float x1, float y1, float x2, float y2) throws IOException {
      content.setStrokingColor(GREY, GREY, GREY);
      content.setLineWidth(FRAME_PT);
      content.moveTo(x1, y1);
      content.lineTo(x2, y2);
      content.stroke();
    }

    @Override
    public void frame(float x, float y, float width, float height) throws IOException {
      content.setStrokingColor(GREY, GREY, GREY);
      content.setLineWidth(FRAME_PT);
      content.addRect(x, y, width, height);
      content.stroke();
    }

    @Override
    public void image(ProofPage page, float x, float y, float width, float height)
        throws IOException {
      PDImageXObject image =
          PDImageXObject.createFromByteArray(document, page.png(), "p" + page.number() + ".png");
      content.drawImage(image, x, y, width, height);
    }
  }

  /** A raster of {@code scale} pixels per point, whose y grows down from the sheet's top. */
  private record RasterPainter(Graphics2D g, float scale, float sheetHeightPt, AwtFonts fonts)
      implements Painter {
    @Override
    public float width(boolean bold, String text) {
      Font font = (bold ? fonts.bold : fonts.regular).deriveFont(1000f);
      return (float) font.getStringBounds(text, g.getFontRenderContext()).getWidth() / 1000;
    }

    @Override
    public void text(boolean bold, float sizePt, float x, float baseline, String text) {
      g.setColor(Color.BLACK);
      g.setFont((bold ? fonts.bold : fonts.regular).deriveFont(sizePt * scale));
      g.drawString(text, x * scale, (sheetHeightPt - baseline) * scale);
    }

    @Override
    public void line(float x1, float y1, float x2, float y2) {
      stroke();
      g.draw(
          new Line2D.Float(
              x1 * scale, (sheetHeightPt - y1) * scale, x2 * scale, (sheetHeightPt - y2) * scale));
    }

    @Override
    public void frame(float x, float y, float width, float height) {
      stroke();
      g.draw(
          new Rectangle2D.Float(
              x * scale, (sheetHeightPt - y - height) * scale, width * scale, height * scale));
    }

    private void stroke() {
      int grey = Math.round(GREY * 255);
      g.setColor(new Color(grey, grey, grey));
      g.setStroke(new BasicStroke(FRAME_PT * scale));
    }

    @Override
    public void image(ProofPage page, float x, float y, float width, float height)
        throws IOException {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.png()));
      g.drawImage(
          image,
          Math.round(x * scale),
          Math.round((sheetHeightPt - y - height) * scale),
          Math.round(width * scale),
          Math.round(height * scale),
          null);
    }
  }

  /** Lato Bold and Regular for the raster, read once. */
  private synchronized AwtFonts awtFonts() throws IOException {
    if (awtFonts == null) {
      awtFonts = new AwtFonts(awtFont("Lato-Bold.ttf"), awtFont("Lato-Regular.ttf"));
    }
    return awtFonts;
  }

  private Font awtFont(String name) throws IOException {
    Path file = TrueTypeFiles.require(fontsDir.resolve(name), "the contact sheets need");
    try {
      return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    } catch (FontFormatException e) {
      throw new IOException("cannot read the font " + file + ": " + e.getMessage(), e);
    }
  }

  /** Title, dates from the revision, and a document ID from the file, revision and renders. */
  private static void describe(
      PDDocument document, BundleFile file, List<ProofPage> pages, LocalDate revision) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle("Kontaktark: " + file.title());
    info.setCreationDate(midnightUtc(revision));
    info.setModificationDate(midnightUtc(revision));
    MessageDigest digest = Sha256.digest();
    digest.update(
        (file.path() + "\n" + file.title() + "\n" + revision).getBytes(StandardCharsets.UTF_8));
    pages.forEach(p -> digest.update(p.signature().render().getBytes(StandardCharsets.UTF_8)));
    byte[] id = Arrays.copyOf(digest.digest(), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static Calendar midnightUtc(LocalDate date) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    return calendar;
  }

  /**
   * Lato with glyph substitution off: PDFBox would set its ligatures as glyphs without a Unicode
   * mapping.
   */
  private PDType0Font load(PDDocument document, String name) throws IOException {
    Path file = TrueTypeFiles.require(fontsDir.resolve(name), "the contact sheets need");
    TrueTypeFont font = TrueTypeFiles.parse(file);
    font.setEnableGsub(false);
    return PDType0Font.load(document, font, true);
  }

  /** {@code px} proof pixels at {@code scale}, in points. */
  private static float px(int px, double scale) {
    return (float) (px / PageRenderer.DPI * 72 * scale);
  }

  private static float mm(double mm) {
    return Units.mmToPt(mm);
  }

  private record PdfFonts(PDType0Font bold, PDType0Font regular) {}

  private record AwtFonts(Font bold, Font regular) {}
}
