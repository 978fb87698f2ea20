package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.IndexFrame;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The index pages of a printed catalogue as PDFBox reads them: the lines of every column, from the
 * glyphs' positions and faces. Index pages are those whose running head starts with "Register";
 * columns are found from the index grid the model set them on.
 */
final class PrintedIndexes {
  private static final Pattern NUMBER = Pattern.compile("(\\d+)$");
  private static final float SAME_LINE_PT = 1f;

  /** One glyph: where its baseline starts, in points from the top left of the page. */
  record Glyph(float x, float y, float width, float sizePt, String font, String text) {
    boolean black() {
      return font.contains("Black");
    }
  }

  /** One line of one column of an index page (pages numbered from 1, columns from 0). */
  record Line(int page, int column, float y, List<Glyph> glyphs) {
    /** The text without spaces and stage marks. */
    String text() {
      return glyphs.stream()
          .map(Glyph::text)
          .filter(t -> !t.isBlank() && !t.equals("•"))
          .collect(Collectors.joining());
    }

    /** The text with its spaces (a gap wider than 0.15 em is one). */
    String words() {
      StringBuilder words = new StringBuilder();
      Glyph previous = null;
      for (Glyph g : glyphs) {
        if (previous != null
            && !g.text().isBlank()
            && g.x() - (previous.x() + previous.width()) > previous.sizePt() * 0.15f) {
          words.append(' ');
        }
        words.append(g.text());
        previous = g;
      }
      return words.toString().replaceAll("\\s+", " ").strip();
    }

    /** The line of stage letters that tops every column (set small). */
    boolean marks() {
      return glyphs.stream().allMatch(g -> g.sizePt() < 6 || g.text().isBlank());
    }

    /** A group head: set in Lato Black from the start of the line. */
    boolean head() {
      return !marks()
          && glyphs.get(0).black()
          && !Character.isDigit(glyphs.get(0).text().charAt(0));
    }

    /** The page number at the end of an entry's last line: digits in Lato Black. */
    Optional<Integer> number() {
      String black =
          glyphs.stream()
              .filter(Glyph::black)
              .map(Glyph::text)
              .filter(t -> !t.isBlank() && !t.equals("•"))
              .collect(Collectors.joining());
      Matcher m = NUMBER.matcher(black);
      return head() || !m.find() ? Optional.empty() : Optional.of(Integer.parseInt(m.group(1)));
    }

    /** The letters of the place's name on this line (Lato Regular). */
    String name() {
      return glyphs.stream()
          .filter(g -> !g.black())
          .map(Glyph::text)
          .collect(Collectors.joining())
          .strip();
    }
  }

  /** An entry as printed: its name from all its lines and the page number on its last line. */
  record Entry(int page, String name, int number) {}

  private final List<Line> lines;

  private PrintedIndexes(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  /** Reads the index pages of {@code pdf}, a catalogue on {@code geometry}'s trim with bleed. */
  static PrintedIndexes read(PDDocument pdf, double trimWidthMm, double trimHeightMm, double bleed)
      throws IOException {
    IndexFrame frame =
        IndexPages.frame(new PageGeometry(trimWidthMm, trimHeightMm, bleed), PageFrame.CATALOGUE);
    Map<Integer, List<Glyph>> glyphs = new TreeMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              glyphs
                  .computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>())
                  .add(
                      new Glyph(
                          p.getXDirAdj(),
                          p.getYDirAdj(),
                          p.getWidthDirAdj(),
                          p.getFontSizeInPt(),
                          p.getFont().getName(),
                          p.getUnicode()));
            }
          }
        };
    stripper.setSortByPosition(true);
    stripper.getText(pdf);
    List<Line> lines = new ArrayList<>();
    float top = Units.mmToPt(bleed + PageFrame.CATALOGUE.topMm());
    float bottom = Units.mmToPt(bleed + trimHeightMm - PageFrame.CATALOGUE.bottomMm());
    glyphs.forEach(
        (page, all) -> {
          if (!runningHead(all, top).startsWith("REGISTER")) {
            return;
          }
          lines.addAll(lines(page, all, top, bottom, frame, bleed));
        });
    return new PrintedIndexes(lines);
  }

  private static String runningHead(List<Glyph> glyphs, float top) {
    return glyphs.stream()
        .filter(g -> g.y() < top)
        .sorted(Comparator.comparing(Glyph::x))
        .map(Glyph::text)
        .collect(Collectors.joining())
        .strip();
  }

  private static List<Line> lines(
      int page, List<Glyph> glyphs, float top, float bottom, IndexFrame frame, double bleed) {
    boolean right = page % 2 == 1;
    double left = bleed + (right ? PageFrame.CATALOGUE.innerMm() : PageFrame.CATALOGUE.outerMm());
    Map<Integer, List<Glyph>> byColumn = new TreeMap<>();
    for (Glyph g : glyphs) {
      if (g.y() < top || g.y() > bottom) {
        continue; // running head, folio
      }
      int column = (int) ((Units.ptToMm(g.x()) - left + 1) / (frame.columnMm() + frame.gutterMm()));
      byColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(g);
    }
    List<Line> lines = new ArrayList<>();
    byColumn.forEach(
        (column, inColumn) -> {
          inColumn.sort(Comparator.comparing(Glyph::y).thenComparing(Glyph::x));
          List<Glyph> line = new ArrayList<>();
          for (Glyph g : inColumn) {
            if (!line.isEmpty() && g.y() - line.get(0).y() > SAME_LINE_PT) {
              lines.add(new Line(page, column, line.get(0).y(), sortedByX(line)));
              line = new ArrayList<>();
            }
            line.add(g);
          }
          if (!line.isEmpty()) {
            lines.add(new Line(page, column, line.get(0).y(), sortedByX(line)));
          }
        });
    return lines;
  }

  private static List<Glyph> sortedByX(List<Glyph> line) {
    return line.stream().sorted(Comparator.comparing(Glyph::x)).toList();
  }

  /** Every line of every index page, page by page, column by column, top to bottom. */
  List<Line> lines() {
    return lines;
  }

  /**
   * The columns' lines below their stage marks (the title block of an index's first page is above
   * them), in reading order.
   */
  List<List<Line>> columns() {
    Map<List<Integer>, List<Line>> columns =
        new TreeMap<>(Comparator.comparing(k -> k.get(0) * 100 + k.get(1)));
    for (Line line : lines) {
      columns
          .computeIfAbsent(List.of(line.page(), line.column()), k -> new ArrayList<>())
          .add(line);
    }
    List<List<Line>> list = new ArrayList<>();
    for (List<Line> column : columns.values()) {
      int marks = -1;
      for (int i = 0; i < column.size(); i++) {
        if (column.get(i).marks()) {
          marks = i;
        }
      }
      list.add(column.subList(marks + 1, column.size()));
    }
    return list;
  }

  /** The entries: names joined over their lines (until the line with the page number). */
  List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (List<Line> column : columns()) {
      StringBuilder name = new StringBuilder();
      for (Line line : column) {
        if (line.head()) {
          name.setLength(0);
          continue;
        }
        name.append(name.isEmpty() ? "" : " ").append(line.name());
        if (line.number().isPresent()) {
          entries.add(new Entry(line.page(), name.toString(), line.number().get()));
          name.setLength(0);
        }
      }
    }
    return entries;
  }

  /** The head that opens {@code column}, over all its lines; empty if the column opens without. */
  static String openingHead(List<Line> column) {
    StringBuilder head = new StringBuilder();
    for (Line line : column) {
      if (!line.head()) {
        break;
      }
      head.append(head.isEmpty() ? "" : " ").append(line.words());
    }
    return head.toString();
  }

  /** The last head in {@code column}, over all its lines, without "(fortsat)". */
  static String lastGroup(List<Line> column, String before) {
    String group = before;
    for (int i = 0; i < column.size(); i++) {
      if (column.get(i).head() && (i == 0 || !column.get(i - 1).head())) {
        group = openingHead(column.subList(i, column.size())).replace(" (fortsat)", "");
      }
    }
    return group;
  }
}
