package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown of the annual report that report.json names: the foreword and the sections,
 * each with a front matter {@code title} and optional {@code image} and {@code caption}, and checks
 * their placeholders against the report's charts and key figures.
 */
final class ReportTextsReader {
  private static final Set<String> FRONT_MATTER = Set.of("title", "image", "caption");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final JsonObjectReader<AnnualReport.Signature> SIGNATURE =
      JsonObjectReader.of(List.of("name", "role"), ReportTextsReader::signature);

  private final DataFolder folder;
  private final Fields report;
  private final List<AnnualReport.Chart> charts;
  private final boolean hasFigures;
  private final double imageWidthMm;
  private final Diagnostics out;
  private final Set<String> usedCharts = new HashSet<>();
  private String forewordFile;

  ReportTextsReader(
      DataFolder folder,
      Fields report,
      List<AnnualReport.Chart> charts,
      boolean hasFigures,
      double imageWidthMm,
      Diagnostics out) {
    this.imageWidthMm = imageWidthMm;
    this.folder = folder;
    this.report = report;
    this.charts = charts;
    this.hasFigures = hasFigures;
    this.out = out;
  }

  /** The foreword, or null when report.json names none (or it is invalid, reported). */
  AnnualReport.Foreword foreword() {
    return report.object(
        "foreword", JsonObjectReader.of(List.of("file", "signatures"), this::foreword), null);
  }

  private Optional<AnnualReport.Foreword> foreword(Fields f) {
    String name = f.requiredText("file", 200);
    List<AnnualReport.Signature> signatures = f.objects("signatures", SIGNATURE);
    if (name == null) {
      return Optional.empty();
    }
    forewordFile = name;
    Optional<AnnualReport.ReportSection> text = text(name, f.row().pathOf("file"));
    return text.flatMap(t -> f.build(() -> new AnnualReport.Foreword(t, signatures)));
  }

  private static Optional<AnnualReport.Signature> signature(Fields f) {
    String name = f.requiredText("name", 120);
    String role = f.requiredText("role", 120);
    return f.build(() -> new AnnualReport.Signature(name, role));
  }

  /** The sections in the order report.json lists them; the foreword is not one of them. */
  List<AnnualReport.ReportSection> sections() {
    List<AnnualReport.ReportSection> sections = new ArrayList<>();
    List<String> names = report.list("sections");
    for (int i = 0; i < names.size(); i++) {
      String path = "$.sections[" + i + "]";
      if (names.get(i).equals(forewordFile)) {
        out.add(
            Diagnostic.errorAt(
                report.row().file(),
                path,
                null,
                names.get(i)
                    + " is the foreword; list it as the foreword or as a section, not both"));
        continue;
      }
      text(names.get(i), path).ifPresent(sections::add);
    }
    return sections;
  }

  /** A warning for each chart that no text places: it would be left out of the booklet. */
  void warnUnusedCharts() {
    charts.stream()
        .map(AnnualReport.Chart::id)
        .filter(id -> !usedCharts.contains(id))
        .forEach(
            id ->
                report.warning(
                    "charts",
                    "chart "
                        + Fields.quote(id)
                        + " is not placed in any section ({{chart:"
                        + id
                        + "}}) and is left out of the booklet"));
  }

  private Optional<AnnualReport.ReportSection> text(String name, String path) {
    String file = AnnualReportReader.FOLDER + "/" + name;
    if (!folder.exists(file)) {
      out.add(Diagnostic.errorAt(report.row().file(), path, null, "no file " + file));
      return Optional.empty();
    }
    return folder.readMarkdown(file).flatMap(text -> section(file, text));
  }

  private Optional<AnnualReport.ReportSection> section(String file, String text) {
    Optional<FrontMatter> matter = FrontMatter.parse(text);
    Optional<String> title =
        matter.map(m -> m.values().get("title")).map(JsonNode::asText).filter(t -> !t.isBlank());
    if (title.isEmpty()) {
      out.add(
          Diagnostic.error(
              folder.display(file), 1, "title", "expected a front matter block with a title"));
      return Optional.empty();
    }
    Row row = Row.csv(folder.display(file), 1, matter.get().values());
    matter.get().warnUnknownKeys(row, FRONT_MATTER, out);
    MarkdownTargets.check(row.file(), matter.get().bodyLine(), matter.get().body(), out);
    checkPlaceholders(row.file(), matter.get());
    Fields f = new Fields(row, out);
    Optional<String> image = image(f);
    Optional<String> caption = f.text("caption", 300);
    if (caption.isPresent() && image.isEmpty() && !f.present("image")) {
      f.error("caption", "expected an image for the caption (image: NAME.jpg), got none");
    }
    return f.build(
        () ->
            new AnnualReport.ReportSection(
                file, title.get(), matter.get().body(), image.orElse(null), caption.orElse(null)));
  }

  private Optional<String> image(Fields f) {
    Optional<String> image = f.pngOrJpeg("image");
    image.ifPresent(
        name ->
            folder
                .checkImage(f.row(), "image", name)
                .ifPresent(header -> checkResolution(f, name, header)));
    return image;
  }

  /**
   * A warning for a section image that prints below 150 ppi across the text and side columns
   * ({@code imageWidthMm}: 172 mm on A4, 120 mm on A5).
   */
  private void checkResolution(Fields f, String name, ImageFile.Header header) {
    long ppi = Math.round(header.widthPx() / (imageWidthMm / 25.4));
    if (ppi < 150) {
      long for300 = Math.round(imageWidthMm / 25.4 * 300);
      f.warning(
          "image",
          "images/"
              + TextCheck.escaped(name)
              + " is "
              + ImageFile.size(header)
              + ", printed "
              + Math.round(imageWidthMm)
              + " mm wide at "
              + ppi
              + " ppi (below 150; give at least "
              + for300
              + " px across for 300 ppi)");
    }
  }

  private void checkPlaceholders(String file, FrontMatter matter) {
    String[] lines = matter.body().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = PLACEHOLDER.matcher(lines[i]);
      int line = matter.bodyLine() + i;
      while (m.find()) {
        placeholder(m.group(1))
            .ifPresent(message -> out.add(Diagnostic.error(file, line, null, message)));
      }
    }
  }

  /** What is wrong with the placeholder {@code {{name}}}, if anything. */
  private Optional<String> placeholder(String name) {
    if (name.equals("figures")) {
      return hasFigures
          ? Optional.empty()
          : Optional.of(
              "expected key_figures or key_figure_groups in report.json for {{figures}}, got none");
    }
    String id = name.startsWith("chart:") ? name.substring(6) : null;
    if (id != null && charts.stream().anyMatch(c -> c.id().equals(id))) {
      usedCharts.add(id);
      return Optional.empty();
    }
    String expected = "{{figures}} or {{chart:ID}} with an id from report.json";
    return Optional.of("expected " + expected + ", got {{" + name + "}}");
  }
}
