package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

  private AnnualReportReader() {}

  static Optional<AnnualReport> read(DataFolder folder, Diagnostics out) {
    if (!Files.isDirectory(folder.dir().resolve(FOLDER))) {
      return Optional.empty();
    }
    if (!folder.exists(FILE)) {
      out.add(
          Diagnostic.error(
              folder.display(FILE),
              0,
              null,
              "required file is missing (the annual-report folder exists)"));
      return Optional.empty();
    }
    Optional<JsonNode> root = folder.readJson(FILE);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!root.get().isObject()) {
      out.add(
          Diagnostic.errorAt(
              folder.display(FILE),
              "$",
              null,
              "expected an object, got " + Fields.got(root.get())));
      return Optional.empty();
    }
    Row row = Row.json(folder.display(FILE), "$", root.get());
    Fields f = new Fields(row, out);
    f.rejectUnknownKeys(KEYS);
    String title = f.requiredText("title", 200);
    String period = f.requiredText("period", 40);
    List<AnnualReport.KeyFigure> figures =
        items(row, "key_figures", out, AnnualReportReader::keyFigure);
    List<AnnualReport.Chart> charts = items(row, "charts", out, g -> chart(g, out));
    List<AnnualReport.Person> people = items(row, "people", out, AnnualReportReader::person);
    uniqueChartIds(f, charts);
    List<AnnualReport.ReportSection> sections = sections(folder, f, charts, out);
    if (title == null || period == null) {
      return Optional.empty();
    }
    return Optional.of(new AnnualReport(title, period, figures, charts, people, sections));
  }

  private static <T> List<T> items(
      Row row, String key, Diagnostics out, Function<Fields, T> reader) {
    JsonNode node = row.get(key);
    List<T> items = new ArrayList<>();
    if (node == null) {
      return items;
    }
    if (!node.isArray()) {
      out.add(row.error(key, "expected a list, got " + Fields.got(node)));
      return items;
    }
    for (int i = 0; i < node.size(); i++) {
      String path = row.pathOf(key) + "[" + i + "]";
      if (!node.get(i).isObject()) {
        out.add(
            Diagnostic.errorAt(
                row.file(), path, null, "expected an object, got " + Fields.got(node.get(i))));
        continue;
      }
      T item = reader.apply(new Fields(Row.json(row.file(), path, node.get(i)), out));
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private static AnnualReport.KeyFigure keyFigure(Fields f) {
    f.rejectUnknownKeys(List.of("label", "value"));
    String label = f.requiredText("label", 200);
    Double value = f.requiredDecimal("value", -1e12, 1e12);
    return label == null || value == null ? null : new AnnualReport.KeyFigure(label, value);
  }

  private static AnnualReport.Chart chart(Fields f, Diagnostics out) {
    f.rejectUnknownKeys(List.of("id", "title", "kind", "unit", "series"));
    String id = f.requiredSlug("id");
    String title = f.requiredText("title", 200);
    AnnualReport.ChartKind kind = f.requiredWord("kind", CHART_KINDS);
    String unit = f.text("unit", 20);
    List<AnnualReport.Point> series = items(f.row(), "series", out, AnnualReportReader::point);
    if (series.isEmpty()) {
      f.error("series", "expected at least one { \"label\": ..., \"value\": ... }, got none");
    }
    if (id == null || title == null || kind == null || series.isEmpty()) {
      return null;
    }
    return new AnnualReport.Chart(id, title, kind, unit == null ? "" : unit, series);
  }

  private static AnnualReport.Point point(Fields f) {
    f.rejectUnknownKeys(List.of("label", "value"));
    String label = f.requiredText("label", 200);
    Double value = f.requiredDecimal("value", 0, 1e12);
    return label == null || value == null ? null : new AnnualReport.Point(label, value);
  }

  private static AnnualReport.Person person(Fields f) {
    f.rejectUnknownKeys(List.of("group", "name", "role"));
    String group = f.requiredText("group", 200);
    String name = f.requiredText("name", 200);
    String role = f.text("role", 300);
    return group == null || name == null ? null : new AnnualReport.Person(group, name, role);
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
    JsonNode title = matter.map(m -> m.values().get("title")).orElse(null);
    if (title == null || title.asText().isBlank()) {
      out.add(
          Diagnostic.error(
              folder.display(file), 1, "title", "expected a front matter block with a title"));
      return Optional.empty();
    }
    checkPlaceholders(folder.display(file), matter.get(), charts, out);
    return Optional.of(new AnnualReport.ReportSection(file, title.asText(), matter.get().body()));
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
