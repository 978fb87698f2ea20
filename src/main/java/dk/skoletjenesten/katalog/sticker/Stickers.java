package dk.skoletjenesten.katalog.sticker;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Makes cover stickers from orders: one artwork PDF per design (trim = the ordered size, 2 mm
 * bleed, die line in the spot colour {@code CutContour}) and a press sheet with the design ganged
 * up. Text that cannot be set legibly (7 pt or more) inside the 3 mm safe zone is refused with a
 * diagnostic naming the order and the text.
 */
public final class Stickers {
  private final StickerFonts fonts;
  private final StickerLayouter layouter;
  private final StickerArtist artist;

  /** Stickers set in the Lato faces found in {@code fontsDir}. */
  public Stickers(Path fontsDir) {
    this.fonts = new StickerFonts(fontsDir);
    this.layouter = new StickerLayouter(fonts);
    this.artist = new StickerArtist(fonts);
  }

  /** A sticker design: the artwork PDF and its trim in millimetres. */
  public record Artwork(byte[] pdf, double trimWidthMm, double trimHeightMm) {}

  /** A press sheet: its PDF, how many stickers one sheet holds, and how many sheets to print. */
  public record Sheet(byte[] pdf, StickerOrder.Sheet size, int perSheet, int sheets) {}

  /**
   * The artwork for an order, or empty with an error in {@code diagnostics}. {@code orderFile} is
   * the order's path as shown in messages.
   */
  public Optional<Artwork> artwork(StickerOrder order, String orderFile, Diagnostics diagnostics) {
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
    Optional<StickerLayout> layout = layouter.layout(shape, order.text(), order.url(), label);
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
                  + (int) StickerLayouter.SAFE_MM
                  + " mm safe zone; shorten the text or order a larger sticker"));
      return Optional.empty();
    }
    return Optional.of(
        new Artwork(artist.draw(shape, layout.get()), order.widthMm(), order.heightMm()));
  }

  /** The press sheet for {@code copies} stickers of a design, or empty when none fits the sheet. */
  public Optional<Sheet> sheet(Artwork artwork, StickerOrder.Sheet size, int copies) {
    int[] grid = SheetImposer.grid(size, artwork.trimWidthMm(), artwork.trimHeightMm());
    int perSheet = grid[0] * grid[1];
    if (perSheet == 0) {
      return Optional.empty();
    }
    byte[] pdf =
        SheetImposer.impose(artwork.pdf(), size, artwork.trimWidthMm(), artwork.trimHeightMm());
    return Optional.of(new Sheet(pdf, size, perSheet, (copies + perSheet - 1) / perSheet));
  }
}
