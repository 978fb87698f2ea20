package dk.skoletjenesten.katalog.xhtml;

import dk.skoletjenesten.katalog.draw.QrCode;

/**
 * A QR code as an SVG file from the same module grid as {@link QrCode} draws into the PDF: one unit
 * per module, dark modules black, one point per module as its natural size (as the PDF the renderer
 * embeds), no quiet zone (the layout leaves it).
 */
final class QrSvg {
  private QrSvg() {}

  static String of(String text) {
    QrCode code = QrCode.encode(text);
    int n = code.size();
    StringBuilder path = new StringBuilder();
    for (int row = 0; row < n; row++) {
      int col = 0;
      while (col < n) {
        if (!code.isDark(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < n && code.isDark(col, row)) {
          col++;
        }
        path.append('M').append(start).append(' ').append(row);
        path.append('h').append(col - start).append("v1h-").append(col - start).append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + n
        + "pt\" height=\""
        + n
        + "pt\" viewBox=\"0 0 "
        + n
        + " "
        + n
        + "\" shape-rendering=\"crispEdges\"><path fill=\"#000000\" d=\""
        + path
        + "\"/></svg>\n";
  }
}
