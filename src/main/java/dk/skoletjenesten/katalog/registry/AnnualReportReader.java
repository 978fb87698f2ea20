package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads annual-report/: report.json (figures, charts, people) and its Markdown sections. */
final class AnnualReportReader {
  static final String FOLDER = "annual-report";
  static final String FILE = FOLDER + "/report.json";
  private static final List<String> KEYS =
      List.of("title", "period", "key_figures", "charts", "people", "sections");
  private static final Words<AnnualReport.ChartKind> CHART_KINDS =
      Words.of(AnnualReport.ChartKind.values(), k -> k.name().toLowerCase(Locale.ROOT));
  private static final JsonObjectReader<AnnualReport.KeyFigure> KEY_FIGURE =
      JsonObjectReader.of(List.of("label", "value"), AnnualReportReader::keyFigure);
  private static final JsonObjectReader<AnnualReport.Chart> CHART =
      JsonObjectReader.of(
          List.of("id", "title", "kind", "unit", "series"), AnnualReportReader::chart);
  private static final JsonObjectReader<AnnualReport.Point> POINT =
      JsonObjectReader.of(List.of("label", "value"), AnnualReportReader::point);
  private static final JsonObjectReader<AnnualReport.Person> PERSON =
      JsonObjectReader.of(List.of("group", "name", "role"), AnnualReportReader::person);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

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
    List<AnnualReport.KeyFigure> figures = f.objects("key_figures", KEY_FIGURE);
    List<AnnualReport.Chart> charts = f.objects("charts", CHART);
    List<AnnualReport.Person> people = f.objects("people", PERSON);
    uniqueChartIds(f, charts);
    List<AnnualReport.ReportSection> sections = sections(folder, f, charts, out);
    return f.build(() -> new AnnualReport(title, period, figures, charts, people, sections));
  }

  private static Optional<AnnualReport.KeyFigure> keyFigure(Fields f) {
    String label = f.requiredText("label", 200);
    Double value = f.requiredDecimal("value", -1e12, 1e12);
    return f.build(() -> new AnnualReport.KeyFigure(label, value));
  }

  private static Optional<AnnualReport.Chart> chart(Fields f) {
    String id = f.requiredSlug("id");
    String title = f.requiredText("title", 200);
    AnnualReport.ChartKind kind = f.requiredWord("kind", CHART_KINDS);
    String unit = f.text("unit", 20).orElse("");
    List<AnnualReport.Point> series = f.objects("series", POINT);
    if (series.isEmpty()) {
      f.reject("series", "expected at least one { \"label\": ..., \"value\": ... }, got none");
    }
    return f.build(() -> new AnnualReport.Chart(id, title, kind, unit, series));
  }

  private static Optional<AnnualReport.Point> point(Fields f) {
    String label = f.requiredText("label", 200);
    Double value = f.requiredDecimal("value", 0, 1e12);
    return f.build(() -> new AnnualReport.Point(label, value));
  }

  private static Optional<AnnualReport.Person> person(Fields f) {
    String group = f.requiredText("group", 200);
    String name = f.requiredText("name", 200);
    Optional<String> role = f.text("role", 300);
    return f.build(() -> new AnnualReport.Person(group, name, role.orElse(null)));
  }

  private static void uniqueChartIds(Fields f, List<AnnualReport.Chart> charts) {
    Set<String> seen = new HashSet<>();
    charts.stream()
        .map(AnnualReport.Chart::id)
        .filter(id -> !seen.add(id))
        .forEach(id -> f.error("charts", "duplicate chart id " + Fields.quote(id)));
  }

  private static List<AnnualReport.ReportSection> sections(
      DataFolder folder, Fields f, List<AnnualReport.Chart> charts, Diagnostics out) {
    List<AnnualReport.ReportSection> sections = new ArrayList<>();
    List<String> names = f.list("sections");
    for (int i = 0; i < names.size(); i++) {
      String file = FOLDER + "/" + names.get(i);
      if (!folder.exists(file)) {
        out.add(
            Diagnostic.errorAt(f.row().file(), "$.sections[" + i + "]", null, "no file " + file));
        continue;
      }
      folder
          .readText(file)
          .flatMap(text -> section(folder, file, text, charts, out))
          .ifPresent(sections::add);
    }
    return sections;
  }

  private static Optional<AnnualReport.ReportSection> section(
      DataFolder folder,
      String file,
      String text,
      List<AnnualReport.Chart> charts,
      Diagnostics out) {
    Optional<FrontMatter> matter = FrontMatter.parse(text);
    Optional<String> title =
        matter.map(m -> m.values().get("title")).map(JsonNode::asText).filter(t -> !t.isBlank());
    if (title.isEmpty()) {
      out.add(
          Diagnostic.error(
              folder.display(file), 1, "title", "expected a front matter block with a title"));
      return Optional.empty();
    }
    checkPlaceholders(folder.display(file), matter.get(), charts, out);
    return Optional.of(new AnnualReport.ReportSection(file, title.get(), matter.get().body()));
  }

  private static void checkPlaceholders(
      String file, FrontMatter matter, List<AnnualReport.Chart> charts, Diagnostics out) {
    String[] lines = matter.body().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = PLACEHOLDER.matcher(lines[i]);
      while (m.find()) {
        String name = m.group(1);
        boolean known =
            name.equals("figures")
                || name.startsWith("chart:")
                    && charts.stream().anyMatch(c -> c.id().equals(name.substring(6)));
        if (!known) {
          String expected = "{{figures}} or {{chart:ID}} with an id from report.json";
          out.add(
              Diagnostic.error(
                  file,
                  matter.bodyLine() + i,
                  null,
                  "expected " + expected + ", got {{" + name + "}}"));
        }
      }
    }
  }
}
