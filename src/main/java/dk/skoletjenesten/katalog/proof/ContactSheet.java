package dk.skoletjenesten.katalog.proof;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.draw.TrueTypeFiles;
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
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
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
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A publication's contact sheet: its spreads side by side as a book opens ({@link Spread}; a
 * single-page file is one tile), laid out by {@link SheetGrid} on A3 landscape pages, each page
 * number under its page, and a header with the title, the page count, the revision and the sheet.
 * The page proofs are embedded as they are (their PNG data, not re-encoded), the fonts are Lato
 * from {@code fonts/} (embedded subsets), and the PDF is dated from the revision with a document ID
 * from what it shows, so the same proofs give the same bytes. Each sheet is also rendered to a PNG
 * at {@link #PNG_DPI}.
 */
final class ContactSheet {
  static final float PNG_DPI = 100;
  private static final float TITLE_PT = 14;
  private static final float INFO_PT = 10;
  private static final float NUMBER_PT = 8;
  private static final float FRAME_PT = 0.4f;
  private static final float GREY = 0.55f;

  private final Path fontsDir;

  ContactSheet(Path fontsDir) {
    this.fontsDir = fontsDir;
  }

  /** The contact sheet of {@code file}, whose page proofs are {@code pages}, as a PDF. */
  byte[] pdf(BundleFile file, List<ProofPage> pages, LocalDate revision) throws IOException {
    List<List<ProofPage>> tiles = tiles(pages);
    int slots = pages.size() == 1 ? 1 : 2;
    SheetGrid grid = SheetGrid.of(tiles.size(), slots * file.trimWidthMm(), file.trimHeightMm());
    try (PDDocument document = new PDDocument()) {
      Fonts fonts = new Fonts(load(document, "Lato-Bold.ttf"), load(document, "Lato-Regular.ttf"));
      List<PDPageContentStream> sheets = new ArrayList<>();
      try {
        for (int s = 0; s < grid.sheets(); s++) {
          PDPage page =
              new PDPage(
                  new PDRectangle(mm(SheetGrid.SHEET_WIDTH_MM), mm(SheetGrid.SHEET_HEIGHT_MM)));
          document.addPage(page);
          PDPageContentStream content = new PDPageContentStream(document, page);
          sheets.add(content);
          header(content, fonts, file, revision, s + 1, grid.sheets());
        }
        for (int t = 0; t < tiles.size(); t++) {
          tile(document, sheets.get(grid.sheetOf(t)), fonts, grid, t, tiles.get(t), file);
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
      PDPageContentStream content,
      Fonts fonts,
      BundleFile file,
      LocalDate revision,
      int sheet,
      int sheets)
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
    float infoWidth = fonts.regular.getStringWidth(info) / 1000 * INFO_PT;
    float titleRoom = right - left - infoWidth - mm(10);
    float titlePt = Math.max(7, Math.min(TITLE_PT, titleRoom / width(fonts.bold, file.title())));
    text(content, fonts.bold, titlePt, left, baseline, file.title());
    text(content, fonts.regular, INFO_PT, right - infoWidth, baseline, info);
    float rule = mm(SheetGrid.SHEET_HEIGHT_MM - SheetGrid.MARGIN_MM - 10);
    content.setStrokingColor(GREY, GREY, GREY);
    content.setLineWidth(FRAME_PT);
    content.moveTo(left, rule);
    content.lineTo(right, rule);
    content.stroke();
  }

  private static void tile(
      PDDocument document,
      PDPageContentStream content,
      Fonts fonts,
      SheetGrid grid,
      int index,
      List<ProofPage> tile,
      BundleFile file)
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
      PDImageXObject image =
          PDImageXObject.createFromByteArray(document, page.png(), "p" + page.number() + ".png");
      content.drawImage(image, x, y, width, height);
      content.setStrokingColor(GREY, GREY, GREY);
      content.setLineWidth(FRAME_PT);
      content.addRect(x, y, width, height);
      content.stroke();
      String number = String.valueOf(page.number());
      float numberX = x + (width - width(fonts.regular, number) * NUMBER_PT) / 2;
      text(content, fonts.regular, NUMBER_PT, numberX, top - mm(heightMm) - mm(4), number);
    }
  }

  private static void text(
      PDPageContentStream content, PDType0Font font, float sizePt, float x, float y, String text)
      throws IOException {
    content.setNonStrokingColor(0f, 0f, 0f);
    content.beginText();
    content.setFont(font, sizePt);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  /** The width of {@code text} at 1 pt. */
  private static float width(PDType0Font font, String text) throws IOException {
    return font.getStringWidth(text) / 1000;
  }

  /** Title, dates from the revision, and a document ID from the file, revision and renders. */
  private static void describe(
      PDDocument document, BundleFile file, List<ProofPage> pages, LocalDate revision) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle("Kontaktark: " + file.title());
    info.setCreationDate(midnightUtc(revision));
    info.setModificationDate(midnightUtc(revision));
    MessageDigest digest = Digests.sha256();
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

  /** The number of A3 sheets of a contact sheet PDF. */
  static int sheets(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** Sheet {@code index} (from 0) of a contact sheet PDF as a PNG. */
  static byte[] png(byte[] pdf, int index) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      return Png.encode(renderer.renderImageWithDPI(index, PNG_DPI, ImageType.RGB)).png();
    }
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

  private record Fonts(PDType0Font bold, PDType0Font regular) {}
}
