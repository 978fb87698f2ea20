package dk.skoletjenesten.katalog.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a written distribution.csv back, as Excel would (BOM, {@code ;}, quoted cells, CRLF), and
 * sums it: all catalogues, and per insert or sticker file the copies handed out. For tests that
 * check the CSV in OUT against the manifest's copies.
 */
public final class DistributionCsv {
  private DistributionCsv() {}

  /** The catalogues of all rows and the copies per insert/sticker path. */
  public record Sums(int catalogues, Map<String, Integer> copiesByFile) {}

  public static Sums sums(byte[] csv) {
    List<List<String>> records = parse(csv);
    List<String> header = records.get(0);
    int catalogues = 0;
    Map<String, Integer> byFile = new TreeMap<>();
    for (List<String> record : records.subList(1, records.size())) {
      catalogues += Integer.parseInt(record.get(header.indexOf("catalogues")));
      add(byFile, record.get(header.indexOf("insert")), record.get(header.indexOf("inserts")));
      add(byFile, record.get(header.indexOf("sticker")), record.get(header.indexOf("stickers")));
    }
    return new Sums(catalogues, byFile);
  }

  private static void add(Map<String, Integer> byFile, String path, String copies) {
    if (!path.isEmpty()) {
      byFile.merge(path, Integer.parseInt(copies), Integer::sum);
    }
  }

  /** The records of {@code csv}: a UTF-8 BOM first, CRLF between records. */
  public static List<List<String>> parse(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8);
    if (!text.startsWith("\uFEFF")) {
      throw new IllegalArgumentException("no UTF-8 byte order mark");
    }
    List<List<String>> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
        records.add(List.copyOf(cells));
        cells.clear();
        i++;
      } else {
        cell.append(c);
      }
    }
    return records;
  }
}
