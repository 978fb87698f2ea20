package dk.skoletjenesten.katalog.registry;

import java.util.List;

/** The annual report booklet: figures, charts, people and Markdown sections (annual-report/). */
public record AnnualReport(
    String title,
    String period,
    List<KeyFigure> keyFigures,
    List<Chart> charts,
    List<Person> people,
    List<ReportSection> sections) {

  public AnnualReport {
    keyFigures = List.copyOf(keyFigures);
    charts = List.copyOf(charts);
    people = List.copyOf(people);
    sections = List.copyOf(sections);
  }

  public record KeyFigure(String label, double value) {}

  public record Chart(String id, String title, ChartKind kind, String unit, List<Point> series) {
    public Chart {
      series = List.copyOf(series);
    }
  }

  public record Point(String label, double value) {}

  public enum ChartKind {
    BAR,
    COLUMN,
    PIE,
    DONUT
  }

  public record Person(String group, String name, String role) {}

  /** A section text; {@code markdown} may hold {@code {{chart:ID}}} and {@code {{figures}}}. */
  public record ReportSection(String file, String title, String markdown) {}
}
