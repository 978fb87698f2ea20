package dk.skoletjenesten.katalog.sticker;

import java.util.List;

/**
 * Where everything on a sticker goes, in millimetres from the sticker's centre (y up): text lines
 * with their baseline and size, and the QR code's light tile (absent when the sticker is too small
 * for a code that scans).
 */
record StickerLayout(List<TextLine> lines, QrTile qr) {

  StickerLayout {
    lines = List.copyOf(lines);
  }

  /** One line of text centred on {@code centreX}. */
  record TextLine(String text, boolean bold, double sizePt, double centreX, double baselineY) {}

  /** A square light tile centred at ({@code centreX}, {@code centreY}) holding the code. */
  record QrTile(String url, double centreX, double centreY, double tileMm, double codeMm) {}
}
