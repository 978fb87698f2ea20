package dk.skoletjenesten.katalog.report;

import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Css;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The values the annual report's templates print ({@code layouts/report/}), already formatted.
 * Public only so that the templates can read them; build them with {@link ReportBuilder}.
 */
public final class ReportViews {
  private ReportViews() {}

  /** Facts of the covers and the inside cover. */
  public record Front(
      String title,
      String period,
      String publisherName,
      String publisherAddress,
      String publisherEmail,
      String portalHost,
      Artwork portalQr,
      String copies,
      int year) {}

  /** A channel on the back cover: {@code LinkedIn: Skoletjenesten} and its printed address. */
  public record Channel(String label, String address) {}

  /** A key figure: the number in Danish format ({@code 218.291}) and its short label. */
  public record Figure(String value, String label) {}

  /** Key figures under a heading (null for none), as the report data groups them. */
  public record FigureGroup(String heading, List<Figure> figures) {
    public FigureGroup {
      figures = List.copyOf(figures);
    }

    /** The figures four by four, for the grid. */
    public List<List<Figure>> rows() {
      return Rows.of(figures, 4);
    }

    /**
     * Up to {@code n} figures from the {@code start}th (fewer at the end), for a highlight; from
     * the first when there are not more than {@code start}.
     */
    public List<Figure> slice(int start, int n) {
      int from = figures.size() > start ? start : 0;
      return figures.subList(from, Math.min(from + n, figures.size()));
    }
  }

  /**
   * A piece of a section in reading order: Markdown text as XHTML, the key figures ({@code
   * {{figures}}}) or a chart ({@code {{chart:ID}}}).
   */
  public record Block(Kind kind, String html, String chartId) {
    /** The kinds of block. */
    public enum Kind {
      TEXT,
      FIGURES,
      CHART
    }

    static Block text(String html) {
      return new Block(Kind.TEXT, html, null);
    }

    static Block figures() {
      return new Block(Kind.FIGURES, null, null);
    }

    static Block chart(String id) {
      return new Block(Kind.CHART, null, id);
    }

    public boolean isText() {
      return kind == Kind.TEXT;
    }

    public boolean isFigures() {
      return kind == Kind.FIGURES;
    }

    public boolean isChart() {
      return kind == Kind.CHART;
    }
  }

  /**
   * A section: its anchor for the contents, its number (0 for the foreword), title, the image set
   * under the title with its caption (both null for none; the caption may be null alone) and the
   * blocks.
   */
  public record Section(
      String anchor, int number, String title, Artwork image, String caption, List<Block> blocks) {
    public Section {
      blocks = List.copyOf(blocks);
    }

    /** {@code 01}, {@code 02}: the section's number as the opener prints it. */
    public String numeral() {
      return String.format("%02d", number);
    }
  }

  /** A chart as placed: its artwork and its size on the page. */
  public record ChartView(String id, Artwork artwork, double widthMm, double heightMm) {
    /** The {@code style} of its {@code <img>}. */
    public String style() {
      return "width: " + Css.mm(widthMm) + "; height: " + Css.mm(heightMm) + ";";
    }
  }

  /** A person with a role (null for none). */
  public record Person(String name, String role) {}

  /** The people of one group (board, directors), in the order of the data. */
  public record PeopleGroup(String heading, List<Person> people) {
    public PeopleGroup {
      people = List.copyOf(people);
    }

    /** The people two by two, for the grid. */
    public List<List<Person>> rows() {
      return Rows.of(people, 2);
    }
  }

  /**
   * The organisation diagram: the chain of bodies from the board down (name and what it is), and
   * the units under the management, grouped, each with its partners.
   */
  public record Organisation(List<OrgBody> chain, List<UnitGroup> groups) {
    public Organisation {
      chain = List.copyOf(chain);
      groups = List.copyOf(groups);
    }
  }

  /** A body of the organisation: {@code Bestyrelse} and its description (null for none). */
  public record OrgBody(String name, String description) {}

  /** Units under a heading ({@code Sekretariat og afdelinger}; null for none). */
  public record UnitGroup(String heading, List<OrgUnit> units) {
    public UnitGroup {
      units = List.copyOf(units);
    }

    /** The units three by three, for the diagram's grid. */
    public List<List<OrgUnit>> rows() {
      return Rows.of(units, 3);
    }
  }

  /** A unit and its partners, joined for print ({@code Københavns Kommune · ...}; may be empty). */
  public record OrgUnit(String name, String partners) {}

  /** Lists cut into rows of a fixed length (the last may be shorter). */
  static final class Rows {
    private Rows() {}

    static <T> List<List<T>> of(List<T> items, int perRow) {
      return IntStream.range(0, (items.size() + perRow - 1) / perRow)
          .mapToObj(r -> items.subList(r * perRow, Math.min(items.size(), (r + 1) * perRow)))
          .map(List::copyOf)
          .toList();
    }
  }
}
