package dk.skoletjenesten.katalog.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Danish Excel opens it by double-click: UTF-8 with a byte order mark (without it Excel
 * reads the bytes as Windows-1252 and "Hjørring" turns into "HjÃ¸rring"), {@code ;} between cells
 * (Excel's list separator in a Danish locale), CRLF after every record (RFC 4180), and a cell in
 * double quotes only when it holds {@code ;}, a double quote (doubled), a line break, or space at
 * either end. Numbers are written without a thousands separator, so Excel reads them as numbers.
 */
final class ExcelCsv {
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final char SEPARATOR = ';';
  static final String LINE_END = "\r\n";

  private final StringBuilder text = new StringBuilder();

  /** Appends one record; a cell is a {@link String} (null for empty) or a number. */
  ExcelCsv row(List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(SEPARATOR);
      }
      text.append(cell(cells.get(i)));
    }
    text.append(LINE_END);
    return this;
  }

  /** The file's bytes: BOM and records. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    boolean quote =
        text.indexOf(SEPARATOR) >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || !text.equals(text.strip());
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
