package dk.skoletjenesten.katalog.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text the way Danish Excel writes it: {@code ;} between cells, {@code "} around cells
 * that hold {@code ;}, quotes or line breaks, {@code ""} for a quote inside, CRLF or LF line ends.
 *
 * <p>Written here rather than taken from jackson-dataformat-csv because diagnostics need the
 * physical line a record starts on, which that parser reports wrongly after a cell with a line
 * break.
 */
final class CsvText {
  private CsvText() {}

  /** One record: its cells and the 1-based line it starts on. */
  record Line(int number, List<String> cells) {
    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** Thrown for a quote that is never closed; {@code line} is where the cell started. */
  static final class UnclosedQuoteException extends Exception {
    private final int line;

    UnclosedQuoteException(int line) {
      super("a quoted cell that starts here is never closed");
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  static List<Line> parse(String text, char separator) throws UnclosedQuoteException {
    List<Line> lines = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int recordStart = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && cell.isEmpty()) {
        int quoteLine = line;
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new UnclosedQuoteException(quoteLine);
          }
          char q = text.charAt(i);
          if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            line += q == '\n' ? 1 : 0;
            cell.append(q == '\r' ? "" : String.valueOf(q));
            i++;
          }
        }
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
        i++;
      } else if (c == '\r' || c == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
        lines.add(new Line(recordStart, List.copyOf(cells)));
        cells.clear();
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        recordStart = line;
      } else {
        cell.append(c);
        i++;
      }
    }
    if (!cell.isEmpty() || !cells.isEmpty()) {
      cells.add(cell.toString());
      lines.add(new Line(recordStart, List.copyOf(cells)));
    }
    return lines;
  }
}
