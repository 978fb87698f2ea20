package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.chart.ChartKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual report booklet (annual-report/): its format and print run, key figures in groups,
 * charts, people, the organisation, a signed foreword, Markdown sections and the channels for the
 * back cover. The organisation and the foreword may be null ({@code find*}); the lists may be
 * empty.
 *
 * @param trim A4 (the default) or A5
 * @param copies the print run (default {@value AnnualReportReader#DEFAULT_COPIES})
 * @param figureGroups the key figures as the data groups them; a flat {@code key_figures} list is
 *     one group without heading
 */
public record AnnualReport(
    String title,
    String period,
    TrimSize trim,
    int copies,
    List<FigureGroup> figureGroups,
    List<Chart> charts,
    List<Person> people,
    Organisation organisation,
    Foreword foreword,
    List<ReportSection> sections,
    List<Channel> channels) {

  public AnnualReport {
    Objects.requireNonNull(trim, "trim");
    figureGroups = List.copyOf(figureGroups);
    charts = List.copyOf(charts);
    people = List.copyOf(people);
    sections = List.copyOf(sections);
    channels = List.copyOf(channels);
  }

  /** Every key figure, group after group. */
  public List<KeyFigure> keyFigures() {
    return figureGroups.stream().flatMap(g -> g.figures().stream()).toList();
  }

  public Optional<Organisation> findOrganisation() {
    return Optional.ofNullable(organisation);
  }

  public Optional<Foreword> findForeword() {
    return Optional.ofNullable(foreword);
  }

  /** The chart with this id, as a section's {@code {{chart:ID}}} names it. */
  public Optional<Chart> findChart(String id) {
    return charts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Key figures under one heading ("Videncenteret"); {@code heading} may be null. */
  public record FigureGroup(String heading, List<KeyFigure> figures) {
    public FigureGroup {
      figures = List.copyOf(figures);
    }

    public Optional<String> findHeading() {
      return Optional.ofNullable(heading);
    }
  }

  public record KeyFigure(String label, double value) {}

  /**
   * A chart; its data is such that it can be drawn ({@link
   * dk.skoletjenesten.katalog.chart.ChartRules}).
   *
   * @param unit {@code "%"}, a word such as {@code "børn og unge"}, or {@code ""}
   * @param source the source line under the chart, {@code ""} for none
   */
  public record Chart(
      String id, String title, ChartKind kind, String unit, String source, List<Point> series) {
    public Chart {
      series = List.copyOf(series);
    }
  }

  public record Point(String label, double value) {}

  /** A member of a group ("Bestyrelse"); {@code role} may be null. */
  public record Person(String group, String name, String role) {
    public Optional<String> findRole() {
      return Optional.ofNullable(role);
    }
  }

  /** Board, directors and management over the units, each unit with its partners. */
  public record Organisation(Body board, Body directors, Body management, List<Unit> units) {
    public Organisation {
      Objects.requireNonNull(board, "board");
      Objects.requireNonNull(directors, "directors");
      Objects.requireNonNull(management, "management");
      units = List.copyOf(units);
    }
  }

  /**
   * One level of the organisation: its name as the diagram and the people's {@code group} write it
   * ("Bestyrelse") and who it represents; {@code description} may be null.
   */
  public record Body(String name, String description) {
    public Optional<String> findDescription() {
      return Optional.ofNullable(description);
    }
  }

  /**
   * A unit under the management; {@code group} ("Driftsenheder med selvstændige styregrupper") may
   * be null, and the diagram sets the units of one group together, in data order.
   */
  public record Unit(String name, String group, List<String> partners) {
    public Unit {
      partners = List.copyOf(partners);
    }

    public Optional<String> findGroup() {
      return Optional.ofNullable(group);
    }
  }

  /** The foreword, set before the contents, and who signs it. */
  public record Foreword(ReportSection text, List<Signature> signatures) {
    public Foreword {
      Objects.requireNonNull(text, "text");
      signatures = List.copyOf(signatures);
    }
  }

  public record Signature(String name, String role) {}

  /**
   * A section text; {@code markdown} may hold {@code {{chart:ID}}} and {@code {{figures}}}. The
   * section's image (a file in {@code images/}) and its caption may be null.
   */
  public record ReportSection(
      String file, String title, String markdown, String image, String caption) {
    public Optional<String> findImage() {
      return Optional.ofNullable(image);
    }

    public Optional<String> findCaption() {
      return Optional.ofNullable(caption);
    }
  }

  /** A channel on the back cover: {@code "LinkedIn: Skoletjenesten"} and its https address. */
  public record Channel(String label, String url) {}
}
