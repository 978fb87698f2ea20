package dk.skoletjenesten.katalog.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a semicolon-separated table. In Excel style (as Danish Excel saves "CSV UTF-8"): a byte
 * order mark, CRLF between rows, and a cell quoted only when it holds a separator, a quote or a
 * line break. In plain style: no byte order mark and LF, as a script export would write it.
 */
final class ExcelCsv {
  private static final char SEPARATOR = ';';

  private ExcelCsv() {}

  static void writeExcel(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    write(file, header, rows, "\uFEFF", "\r\n");
  }

  static void writePlain(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    write(file, header, rows, "", "\n");
  }

  private static void write(
      Path file, List<String> header, List<List<String>> rows, String bom, String eol)
      throws IOException {
    StringBuilder out = new StringBuilder(bom);
    appendRow(out, header, eol);
    rows.forEach(row -> appendRow(out, row, eol));
    Files.createDirectories(file.getParent());
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }

  private static void appendRow(StringBuilder out, List<String> cells, String eol) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(SEPARATOR);
      }
      out.append(cell(cells.get(i)));
    }
    out.append(eol);
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    boolean quote =
        value.indexOf(SEPARATOR) >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
