package dk.skoletjenesten.katalog.sticker;

import java.util.List;

/**
 * Where everything on a sticker goes, in millimetres from the sticker's centre (y up): text lines
 * with their left edge, baseline and size, the Skoletjenesten mark, and the QR code's light tile
 * (absent when the sticker is too small for a code that scans).
 */
record StickerLayout(List<TextLine> lines, Mark mark, QrTile qr) {

  StickerLayout {
    lines = List.copyOf(lines);
  }

  /** One line of text starting at {@code x}. */
  record TextLine(String text, boolean bold, double sizePt, double x, double baselineY) {}

  /** The mark's square, lower-left corner at ({@code x}, {@code y}). */
  record Mark(double x, double y, double sizeMm) {}

  /** A square light tile centred at ({@code centreX}, {@code centreY}) holding the code. */
  record QrTile(String url, double centreX, double centreY, double tileMm, double codeMm) {}
}
