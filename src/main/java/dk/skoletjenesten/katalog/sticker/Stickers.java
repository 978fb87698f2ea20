package dk.skoletjenesten.katalog.sticker;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.registry.PrintSpec;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes cover stickers from orders: one artwork PDF per design (trim = the ordered size, 2 mm
 * bleed, die line in the spot colour {@code CutContour}, the Skoletjenesten mark) and a press sheet
 * with the design ganged up, cutter marks and a slug line. Text that cannot be set legibly (7 pt or
 * more) 4.5 mm inside the cut is refused with a diagnostic naming the order and the text.
 */
public final class Stickers {
  private static final Locale DANISH = Locale.forLanguageTag("da-DK");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", DANISH);

  private final StickerFonts fonts;
  private final StickerLayouter layouter;
  private final StickerArtist artist;
  private final SheetImposer imposer;

  /** Stickers set in the Lato faces found in {@code fontsDir}. */
  public Stickers(Path fontsDir) {
    this.fonts = new StickerFonts(fontsDir);
    this.layouter = new StickerLayouter(fonts);
    this.artist = new StickerArtist(fonts);
    this.imposer = new SheetImposer(fonts);
  }

  /** A sticker design: the artwork PDF and its trim in millimetres. */
  public record Artwork(byte[] pdf, double trimWidthMm, double trimHeightMm) {}

  /** A press sheet: its PDF, how many stickers one sheet holds, and how many sheets to print. */
  public record Sheet(byte[] pdf, StickerOrder.Sheet size, int perSheet, int sheets) {}

  /**
   * What the slug line of a press sheet says: the job ({@code Klistermærke til kataloget 2018/19,
   * Hjørring Kommune}), the order file, the copies ordered and the edition's date.
   */
  public record Job(String title, String orderFile, int copies, LocalDate date) {}

  /** The press's gripper: the strip along one edge of the sheet that is never printed. */
  public record Gripper(double mm, PrintSpec.SheetEdge edge) {
    public static final Gripper DEFAULT =
        new Gripper(PrintSpec.DEFAULT.sheetGripperMm(), PrintSpec.DEFAULT.sheetGripperEdge());
  }

  /**
   * The artwork for an order, or empty with an error in {@code diagnostics}. {@code
   * municipalityName} ({@code Hjørring Kommune}) is never broken across lines; {@code orderFile} is
   * the order's path as shown in messages.
   */
  public Optional<Artwork> artwork(
      StickerOrder order, String municipalityName, String orderFile, Diagnostics diagnostics) {
    Shape shape = Shape.of(order);
    String label = PrintText.host(order.url());
    for (String text : new String[] {order.text(), label}) {
      int missing = fonts.missingGlyph(text, text.equals(order.text()));
      if (missing >= 0) {
        diagnostics.add(
            Diagnostic.errorAt(
                orderFile,
                "$",
                text.equals(order.text()) ? "text" : "url",
                "the font has no glyph for "
                    + Character.toString(missing)
                    + " (U+"
                    + String.format("%04X", missing)
                    + ") in \""
                    + text
                    + "\""));
        return Optional.empty();
      }
    }
    Optional<StickerLayout> layout =
        layouter.layout(shape, order.text(), municipalityName, order.url(), label);
    if (layout.isEmpty()) {
      diagnostics.add(
          Diagnostic.errorAt(
              orderFile,
              "$",
              "text",
              "\""
                  + order.text()
                  + "\" and \""
                  + label
                  + "\" do not fit on a "
                  + shape.describe()
                  + " at "
                  + (int) StickerLayouter.MIN_PT
                  + " pt or larger inside the "
                  + StickerLayouter.TYPE_INSET_MM
                  + " mm type margin; shorten the text or order a larger sticker"));
      return Optional.empty();
    }
    return Optional.of(
        new Artwork(artist.draw(shape, layout.get()), order.widthMm(), order.heightMm()));
  }

  /**
   * The press sheet for the copies of {@code job}, or empty when no sticker fits the sheet inside
   * the gripper, the marks and the slug.
   */
  public Optional<Sheet> sheet(Artwork artwork, StickerOrder.Sheet size, Job job, Gripper gripper) {
    SheetImposer.Frame frame = SheetImposer.Frame.of(gripper.mm(), gripper.edge());
    int[] grid = SheetImposer.grid(size, frame, artwork.trimWidthMm(), artwork.trimHeightMm());
    int perSheet = grid[0] * grid[1];
    if (perSheet == 0) {
      return Optional.empty();
    }
    int sheets = (job.copies() + perSheet - 1) / perSheet;
    byte[] pdf =
        imposer.impose(
            artwork.pdf(),
            size,
            frame,
            gripper.edge() != PrintSpec.SheetEdge.TOP,
            artwork.trimWidthMm(),
            artwork.trimHeightMm(),
            slug(job, size, perSheet, sheets));
    return Optional.of(new Sheet(pdf, size, perSheet, sheets));
  }

  /**
   * How many stickers of {@code order} one of its press sheets holds inside the gripper, the marks
   * and the slug (the count {@link #sheet} imposes); 0 when none fits.
   */
  public static int perSheet(StickerOrder order, Gripper gripper) {
    SheetImposer.Frame frame = SheetImposer.Frame.of(gripper.mm(), gripper.edge());
    int[] grid = SheetImposer.grid(order.sheet(), frame, order.widthMm(), order.heightMm());
    return grid[0] * grid[1];
  }

  /**
   * {@code Klistermærke til kataloget 2018/19, Hjørring Kommune · orders/stickers/hjoerring.json ·
   * 1.100 stk. · SRA3, 24 pr. ark · 46 ark · 13.08.2018}.
   */
  static String slug(Job job, StickerOrder.Sheet size, int perSheet, int sheets) {
    NumberFormat number = NumberFormat.getIntegerInstance(DANISH);
    return String.join(
        "  ·  ",
        job.title(),
        job.orderFile(),
        number.format(job.copies()) + " stk.",
        size.name() + ", " + number.format(perSheet) + " pr. ark",
        number.format(sheets) + " ark",
        DATE.format(job.date()));
  }
}
