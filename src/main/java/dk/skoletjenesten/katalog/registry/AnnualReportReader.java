package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.chart.ChartKind;
import dk.skoletjenesten.katalog.chart.ChartRules;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads annual-report/report.json: format, key figures, charts, people, organisation and channels;
 * the Markdown of the foreword and the sections is {@link ReportTextsReader}'s.
 */
final class AnnualReportReader {
  static final String FOLDER = "annual-report";
  static final String FILE = FOLDER + "/report.json";
  static final int DEFAULT_COPIES = 500;
  private static final List<String> KEYS =
      List.of(
          "title",
          "period",
          "trim",
          "copies",
          "key_figures",
          "key_figure_groups",
          "charts",
          "people",
          "organisation",
          "foreword",
          "sections",
          "channels");
  private static final Words<ChartKind> CHART_KINDS = Words.of(ChartKind.values(), ChartKind::word);
  private static final JsonObjectReader<AnnualReport.KeyFigure> KEY_FIGURE =
      JsonObjectReader.of(List.of("label", "value"), AnnualReportReader::keyFigure);
  private static final JsonObjectReader<AnnualReport.FigureGroup> FIGURE_GROUP =
      JsonObjectReader.of(List.of("heading", "figures"), AnnualReportReader::figureGroup);
  private static final JsonObjectReader<AnnualReport.Chart> CHART =
      JsonObjectReader.of(
          List.of("id", "title", "kind", "unit", "source", "series"), AnnualReportReader::chart);
  private static final JsonObjectReader<AnnualReport.Point> POINT =
      JsonObjectReader.of(List.of("label", "value"), AnnualReportReader::point);
  private static final JsonObjectReader<AnnualReport.Person> PERSON =
      JsonObjectReader.of(List.of("group", "name", "role"), AnnualReportReader::person);
  private static final JsonObjectReader<AnnualReport.Channel> CHANNEL =
      JsonObjectReader.of(List.of("label", "url"), AnnualReportReader::channel);

  private AnnualReportReader() {}

  /** The report, when the data folder has an annual-report folder and it is valid. */
  static Optional<AnnualReport> read(DataFolder folder, Diagnostics out) {
    if (!folder.hasFolder(FOLDER)
        || !folder.requireFile(
            FILE, "required file is missing (the annual-report folder exists)")) {
      return Optional.empty();
    }
    return JsonObjectReader.of(KEYS, f -> report(folder, f, out))
        .readFile(folder, FILE, out)
        .map(Located::value);
  }

  private static Optional<AnnualReport> report(DataFolder folder, Fields f, Diagnostics out) {
    String title = f.requiredText("title", 200);
    String period = f.requiredText("period", 40);
    TrimSize trim = trim(f);
    int copies = f.integer("copies", 1, 1_000_000).orElse(DEFAULT_COPIES);
    List<AnnualReport.FigureGroup> groups = figureGroups(f);
    List<AnnualReport.Chart> charts = f.objects("charts", CHART);
    List<AnnualReport.Person> people = f.objects("people", PERSON);
    AnnualReport.Organisation organisation = OrganisationReader.read(f);
    uniqueChartIds(f, charts);
    boolean figures = f.present("key_figures") || f.present("key_figure_groups");
    double imageWidthMm = TrimSize.A5.equals(trim) ? 120 : 172;
    ReportTextsReader texts = new ReportTextsReader(folder, f, charts, figures, imageWidthMm, out);
    AnnualReport.Foreword foreword = texts.foreword();
    List<AnnualReport.ReportSection> sections = texts.sections();
    texts.warnUnusedCharts();
    List<AnnualReport.Channel> channels = f.objects("channels", CHANNEL);
    return f.build(
        () ->
            new AnnualReport(
                title,
                period,
                trim,
                copies,
                groups,
                charts,
                people,
                organisation,
                foreword,
                sections,
                channels));
  }

  private static TrimSize trim(Fields f) {
    Optional<String> word = f.text("trim", 20);
    Optional<TrimSize> trim = word.flatMap(TrimSize::findByName);
    if (word.isPresent() && trim.isEmpty()) {
      f.reject("trim", "expected A4 or A5, got " + Fields.quote(word.get()));
    }
    return trim.orElse(TrimSize.A4);
  }

  /** {@code key_figure_groups}, or the flat {@code key_figures} as one group without heading. */
  private static List<AnnualReport.FigureGroup> figureGroups(Fields f) {
    if (f.present("key_figures") && f.present("key_figure_groups")) {
      f.error("key_figure_groups", "expected key_figures or key_figure_groups, not both");
    }
    List<AnnualReport.KeyFigure> flat = f.objects("key_figures", KEY_FIGURE);
    List<AnnualReport.FigureGroup> groups = f.objects("key_figure_groups", FIGURE_GROUP);
    return flat.isEmpty() ? groups : List.of(new AnnualReport.FigureGroup(null, flat));
  }

  private static Optional<AnnualReport.FigureGroup> figureGroup(Fields f) {
    Optional<String> heading = f.text("heading", 80);
    List<AnnualReport.KeyFigure> figures = f.objects("figures", KEY_FIGURE);
    JsonNode given = f.row().get("figures");
    if (given == null || given.isArray() && given.isEmpty()) {
      f.reject("figures", "expected at least one { \"label\": ..., \"value\": ... }, got none");
    }
    return f.build(() -> new AnnualReport.FigureGroup(heading.orElse(null), figures));
  }

  private static Optional<AnnualReport.KeyFigure> keyFigure(Fields f) {
    String label = f.requiredText("label", 200);
    Double value = f.requiredDecimal("value", -1e12, 1e12);
    return f.build(() -> new AnnualReport.KeyFigure(label, value));
  }

  private static Optional<AnnualReport.Chart> chart(Fields f) {
    String id = f.requiredSlug("id");
    String title = f.requiredText("title", 200);
    ChartKind kind = f.requiredWord("kind", CHART_KINDS);
    String unit = f.text("unit", 20).orElse("");
    String source = f.text("source", 200).orElse("");
    List<AnnualReport.Point> series = f.objects("series", POINT);
    if (kind != null) {
      String chart = "chart " + Fields.quote(id) + ": ";
      ChartRules.problems(kind, series, AnnualReport.Point::label, AnnualReport.Point::value)
          .forEach(problem -> f.error("series", chart + problem));
    }
    return f.build(() -> new AnnualReport.Chart(id, title, kind, unit, source, series));
  }

  private static Optional<AnnualReport.Point> point(Fields f) {
    String label = f.requiredText("label", 200);
    Double value = f.requiredDecimal("value", -1e12, 1e12);
    return f.build(() -> new AnnualReport.Point(label, value));
  }

  private static Optional<AnnualReport.Person> person(Fields f) {
    String group = f.requiredText("group", 200);
    String name = f.requiredText("name", 200);
    Optional<String> role = f.text("role", 300);
    return f.build(() -> new AnnualReport.Person(group, name, role.orElse(null)));
  }

  private static Optional<AnnualReport.Channel> channel(Fields f) {
    String label = f.requiredText("label", 80);
    String url = f.requiredHttpsUrl("url");
    return f.build(() -> new AnnualReport.Channel(label, url));
  }

  private static void uniqueChartIds(Fields f, List<AnnualReport.Chart> charts) {
    Set<String> seen = new HashSet<>();
    charts.stream()
        .map(AnnualReport.Chart::id)
        .filter(id -> !seen.add(id))
        .forEach(id -> f.error("charts", "duplicate chart id " + Fields.quote(id)));
  }
}
