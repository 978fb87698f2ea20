package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.IndexColumn;
import dk.skoletjenesten.katalog.catalogue.Views.IndexFrame;
import dk.skoletjenesten.katalog.catalogue.Views.IndexPage;
import dk.skoletjenesten.katalog.catalogue.Views.IndexPart;
import dk.skoletjenesten.katalog.catalogue.Views.IndexRow;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Sets an index on its pages: breaks every name and head into the lines the layout prints (the
 * cells do not wrap, indexes.css), then fills the columns line by line. A head never ends a column:
 * it goes to the next one with its first two entries (a small group goes whole); a group that runs
 * on into the next column or page starts there with its head and "(fortsat)"; the last entry of a
 * group does not stand alone at the top of a column when the one before it can go with it.
 */
final class IndexPages {
  static final String CONTINUED = " (fortsat)";

  /** Narrower columns than this are not set: an A4 page takes three, A5 two. */
  private static final double MIN_COLUMN_MM = 45;

  /** A group of this many places or fewer is not split over two columns. */
  private static final int SMALL_GROUP = 5;

  private static final double GUTTER_MM = 5;
  private static final double PITCH_MM = 3.4;
  private static final double SIZE_PT = 7.5;
  private static final double HEAD_SIZE_PT = 8;
  private static final double TOP_MM = 30;
  private static final double NARROW_TOP_EXTRA_MM = 10;
  private static final double STAGE_MM = 2.5;
  private static final double NUMBER_MM = 5.5;
  private static final double INDENT_MM = 2.5;

  /** A column is filled this much short of the bottom margin: room for the renderer's rounding. */
  private static final double SLACK_MM = 1.5;

  /** Column widths are whole multiples of this. */
  private static final double GRID_MM = 0.05;

  /**
   * A column is this much narrower than its share of the width: the renderer's table widths come
   * out up to 0.06 mm wider a column (measured), and the numbers are flush with the right edge.
   */
  private static final double ROUNDING_MM = 0.3;

  /** A line is broken this much short of its cell: the renderer may measure a little wider. */
  private static final double SAFETY_MM = 1;

  private final IndexFrame frame;
  private final TextWidth width;

  IndexPages(IndexFrame frame, TextWidth width) {
    this.frame = frame;
    this.width = width;
  }

  /** The grid of the index pages on {@code geometry} inside the catalogue's page frame. */
  static IndexFrame frame(PageGeometry geometry, PageFrame page) {
    double liveWidth = geometry.trimWidthMm() - page.innerMm() - page.outerMm();
    double liveHeight = geometry.trimHeightMm() - page.topMm() - page.bottomMm();
    int columns = Math.max(1, (int) ((liveWidth + GUTTER_MM) / (MIN_COLUMN_MM + GUTTER_MM)));
    double share = (liveWidth - GUTTER_MM * (columns - 1)) / columns;
    double column = Math.floor((share - ROUNDING_MM) / GRID_MM) * GRID_MM;
    // a narrow page (A5) sets the intro and the stage legend in more lines
    double top = columns < 3 ? TOP_MM + NARROW_TOP_EXTRA_MM : TOP_MM;
    return new IndexFrame(
        columns,
        column,
        GUTTER_MM,
        PITCH_MM,
        SIZE_PT,
        HEAD_SIZE_PT,
        top,
        STAGE_MM,
        NUMBER_MM,
        INDENT_MM,
        (int) ((liveHeight - top - SLACK_MM) / PITCH_MM),
        (int) ((liveHeight - SLACK_MM) / PITCH_MM));
  }

  /** A group of an index: its head and its places, in print order. */
  record Group(String heading, List<Item> items) {
    Group {
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("index group without places: " + heading);
      }
    }
  }

  /** A place in a group: name, anchor of its entry, and its stage flags (empty without). */
  record Item(String name, String anchor, List<Boolean> stages) {
    Item {
      stages = List.copyOf(stages);
    }
  }

  /**
   * The index on as few pages as its lines need; the last page's columns are balanced: as short as
   * they can be without a page more.
   */
  List<IndexPage> pages(List<Group> groups, boolean stages) {
    List<List<IndexRow>> entries =
        groups.stream().map(g -> g.items().stream().map(i -> entry(i, stages)).toList()).toList();
    List<IndexPage> full = fill(groups, entries, stages, -1, 0);
    int last = full.size() - 1;
    for (int lines = 1; lines < capacity(last); lines++) {
      List<IndexPage> balanced = fill(groups, entries, stages, last, lines);
      if (balanced.size() == full.size()) {
        return balanced;
      }
    }
    return full;
  }

  /**
   * Fills the pages in order; page {@code shortPage} (from 0) takes {@code shortLines} a column.
   */
  private List<IndexPage> fill(
      List<Group> groups,
      List<List<IndexRow>> entries,
      boolean stages,
      int shortPage,
      int shortLines) {
    Filler filler = new Filler(stages ? 1 : 0, shortPage, shortLines);
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      List<IndexRow> rows = entries.get(g);
      for (int k = 0; k < rows.size(); k++) {
        IndexRow row = rows.get(k);
        if (k == 0) {
          int keep = keep(rows);
          IndexRow head = head(group.heading(), filler.used > filler.reserved);
          if (!filler.fits(head.height() + keep) && filler.used > filler.reserved) {
            filler.nextColumn();
            head = head(group.heading(), false);
          }
          filler.add(head, group.heading());
        } else if (!filler.fits(row.height()) || leavesLastAlone(filler, rows, k)) {
          filler.nextColumn();
          filler.add(head(group.heading() + CONTINUED, false), group.heading());
        }
        filler.add(row, group.heading());
      }
    }
    return filler.finish();
  }

  /** The lines of a column on page {@code page} (from 0): fewer below the title on the first. */
  private int capacity(int page) {
    return page == 0 ? frame.firstLines() : frame.lines();
  }

  /** The lines that go with a head: a small group's all, a longer one's first two entries. */
  private static int keep(List<IndexRow> rows) {
    List<IndexRow> kept = rows.size() <= SMALL_GROUP ? rows : rows.subList(0, 2);
    return kept.stream().mapToInt(IndexRow::height).sum();
  }

  /** True when {@code rows[k]} would fit but the group's last entry, after it, would not. */
  private static boolean leavesLastAlone(Filler filler, List<IndexRow> rows, int k) {
    return k == rows.size() - 2
        && k >= 2
        && !filler.fits(rows.get(k).height() + rows.get(k + 1).height());
  }

  private IndexRow head(String heading, boolean spaced) {
    List<String> lines = wrap(heading, true, frame.headSizePt(), frame.columnMm(), 0);
    return new IndexRow(lines, true, spaced, null, List.of());
  }

  private IndexRow entry(Item item, boolean stages) {
    List<String> lines =
        wrap(item.name(), false, frame.sizePt(), frame.nameMm(stages), frame.indentMm());
    return new IndexRow(lines, false, false, item.anchor(), stages ? item.stages() : List.of());
  }

  /**
   * {@code text} broken at spaces into lines of at most {@code widthMm} (the second and later ones
   * {@code indentMm} less); a word too long for a line is split with a hyphen.
   */
  List<String> wrap(String text, boolean black, double sizePt, double widthMm, double indentMm) {
    Deque<String> words = new ArrayDeque<>(List.of(text.strip().split(" +")));
    List<String> lines = new ArrayList<>();
    String line = "";
    while (!words.isEmpty()) {
      double room = (lines.isEmpty() ? widthMm : widthMm - indentMm) - SAFETY_MM;
      String word = words.pop();
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width.widthMm(candidate, black, sizePt) <= room) {
        line = candidate;
      } else if (!line.isEmpty()) {
        lines.add(line);
        line = "";
        words.push(word);
      } else {
        int cut = longestFit(word, black, sizePt, room);
        lines.add(word.substring(0, cut) + "-");
        words.push(word.substring(cut));
      }
    }
    lines.add(line);
    return lines;
  }

  /** The longest start of {@code word} that fits in {@code roomMm} with a hyphen; at least 1. */
  private int longestFit(String word, boolean black, double sizePt, double roomMm) {
    int cut = word.length() - 1;
    while (cut > 1 && width.widthMm(word.substring(0, cut) + "-", black, sizePt) > roomMm) {
      cut--;
    }
    return cut;
  }

  /** Fills columns and pages in order; {@code reserved} lines top every column (stage marks). */
  private final class Filler {
    private final int reserved;
    private final List<IndexPage> pages = new ArrayList<>();
    private List<IndexColumn> columns = new ArrayList<>();
    private List<IndexRow> rows = new ArrayList<>();
    private String firstHead;
    private String lastHead;
    private int used;

    private final int shortPage;
    private final int shortLines;

    Filler(int reserved, int shortPage, int shortLines) {
      this.reserved = reserved;
      this.used = reserved;
      this.shortPage = shortPage;
      this.shortLines = shortLines;
    }

    boolean fits(int lines) {
      int page = pages.size();
      return used + lines <= (page == shortPage ? shortLines : capacity(page));
    }

    void add(IndexRow row, String group) {
      rows.add(row);
      used += row.height();
      firstHead = firstHead == null ? group : firstHead;
      lastHead = group;
    }

    void nextColumn() {
      columns.add(new IndexColumn(rows));
      rows = new ArrayList<>();
      used = reserved;
      if (columns.size() == frame.columns()) {
        nextPage();
      }
    }

    private void nextPage() {
      pages.add(new IndexPage(firstHead, lastHead, columns));
      columns = new ArrayList<>();
      firstHead = null;
    }

    List<IndexPage> finish() {
      if (!rows.isEmpty()) {
        columns.add(new IndexColumn(rows));
      }
      if (!columns.isEmpty()) {
        nextPage();
      }
      return List.copyOf(pages);
    }
  }

  /** The part for {@code key}, set on its pages. */
  IndexPart part(String key, List<Group> groups, boolean stages) {
    return new IndexPart(key, stages, frame, pages(groups, stages));
  }
}
