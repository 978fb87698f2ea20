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
public final class CsvText {
  private CsvText() {}

  /** One record: its cells and the 1-based line it starts on. */
  public record Line(int number, List<String> cells) {
    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /**
   * Thrown for a quote that is never closed, or closed by a quote that text follows (a stray quote
   * that pairs with a later one); {@code line} is where the quoted cell opened.
   */
  public static final class UnclosedQuoteException extends Exception {
    private final int line;

    UnclosedQuoteException(int line) {
      this(
          line,
          "unbalanced quote: a cell opens with \" here and is never closed (write a quote inside a"
              + " cell as \"\")");
    }

    private UnclosedQuoteException(int line, String message) {
      super(message);
      this.line = line;
    }

    /**
     * A quote opened on {@code line} and closed on {@code closedOn} by a quote that text follows.
     */
    static UnclosedQuoteException unbalanced(int line, int closedOn, char following) {
      String where = closedOn == line ? "on the same line" : "on line " + closedOn;
      return new UnclosedQuoteException(
          line,
          "unbalanced quote: the quoted cell that opens here is closed "
              + where
              + " by a quote followed by "
              + Fields.quote(String.valueOf(following))
              + " instead of ; or the end of the line (write a quote inside a cell as \"\")");
    }

    int line() {
      return line;
    }
  }

  public static List<Line> parse(String text, char separator) throws UnclosedQuoteException {
    return new Parser(text, separator).lines();
  }

  /** One pass over the text; {@code line} is the physical line at {@code at}. */
  private static final class Parser {
    private final String text;
    private final char separator;
    private final List<Line> lines = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int at;
    private int line = 1;
    private int recordStart = 1;

    Parser(String text, char separator) {
      this.text = text;
      this.separator = separator;
    }

    List<Line> lines() throws UnclosedQuoteException {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '"' && cell.isEmpty()) {
          quoted();
        } else if (c == separator) {
          endCell();
          at++;
        } else if (c == '\r' || c == '\n') {
          endRecord();
          at += c == '\r' && next() == '\n' ? 2 : 1;
          line++;
          recordStart = line;
        } else {
          cell.append(c);
          at++;
        }
      }
      if (!cell.isEmpty() || !cells.isEmpty()) {
        endRecord();
      }
      return lines;
    }

    /** A quoted cell from its opening quote to its closing one; {@code ""} is a quote. */
    private void quoted() throws UnclosedQuoteException {
      int quoteLine = line;
      at++;
      while (at < text.length()) {
        char q = text.charAt(at);
        if (q == '"' && next() == '"') {
          cell.append('"');
          at += 2;
        } else if (q == '"') {
          at++;
          if (at < text.length() && !isCellEnd(text.charAt(at))) {
            throw UnclosedQuoteException.unbalanced(quoteLine, line, text.charAt(at));
          }
          return;
        } else {
          line += q == '\n' ? 1 : 0;
          cell.append(q == '\r' ? "" : String.valueOf(q));
          at++;
        }
      }
      throw new UnclosedQuoteException(quoteLine);
    }

    private boolean isCellEnd(char c) {
      return c == separator || c == '\r' || c == '\n';
    }

    /** The character after the current one, or 0 at the end. */
    private char next() {
      return at + 1 < text.length() ? text.charAt(at + 1) : 0;
    }

    private void endCell() {
      cells.add(cell.toString());
      cell.setLength(0);
    }

    private void endRecord() {
      endCell();
      lines.add(new Line(recordStart, List.copyOf(cells)));
      cells.clear();
    }
  }
}
