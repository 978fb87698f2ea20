package dk.skoletjenesten.katalog.report;

import dk.skoletjenesten.katalog.draw.ChartSpec;
import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Danish;
import dk.skoletjenesten.katalog.format.Markdown;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.registry.AnnualReport;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.PrintSpec;
import dk.skoletjenesten.katalog.report.ReportModel.PlannedChart;
import dk.skoletjenesten.katalog.report.ReportViews.Block;
import dk.skoletjenesten.katalog.report.ReportViews.Figure;
import dk.skoletjenesten.katalog.report.ReportViews.FigureGroup;
import dk.skoletjenesten.katalog.report.ReportViews.Front;
import dk.skoletjenesten.katalog.report.ReportViews.PeopleGroup;
import dk.skoletjenesten.katalog.report.ReportViews.Person;
import dk.skoletjenesten.katalog.report.ReportViews.Section;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mapping from the registry's {@link AnnualReport} (and the edition) to the report's view
 * model; pure. Where the data is silent today it decides: the foreword is the section in {@code
 * forord.md} (else the first), the key figures form one group without a heading, nobody signs the
 * foreword, the trim is the edition's and the copies are {@value #DEFAULT_COPIES}.
 */
final class ReportModeller {
  /** The print run until the report data says how many copies: a clearly named placeholder. */
  static final int DEFAULT_COPIES = 1_000;

  static final String FOREWORD_FILE = "forord.md";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final String LEAD = "<p lang=\"da\">";
  private static final Pattern QUOTE =
      Pattern.compile("<blockquote.*?</blockquote>", Pattern.DOTALL);

  private final Edition edition;
  private final AnnualReport report;

  ReportModeller(Edition edition, AnnualReport report) {
    this.edition = edition;
    this.report = report;
  }

  ReportModel model() {
    List<AnnualReport.ReportSection> all = report.sections();
    AnnualReport.ReportSection foreword = foreword(all);
    List<Section> sections = new ArrayList<>();
    for (AnnualReport.ReportSection s : all) {
      if (s != foreword) {
        sections.add(section(s, sections.size() + 1));
      }
    }
    PageGeometry geometry = geometry();
    ReportFrame frame = ReportFrame.forWidth(geometry.trimWidthMm());
    return new ReportModel(
        front(),
        geometry,
        frame,
        foreword == null ? null : section(foreword, 0),
        List.of(),
        sections,
        List.of(new FigureGroup(null, figures())),
        people(),
        charts(frame.columnWidthMm(geometry.trimWidthMm())),
        "annual-report/report.json");
  }

  /** The number of copies to print. */
  int copies() {
    return DEFAULT_COPIES;
  }

  /** The booklet's title, as the manifest and the PDF name it: {@code Årsberetning 2017-18}. */
  String title() {
    return PrintText.clean(report.title()) + " " + report.period();
  }

  private Front front() {
    return new Front(
        PrintText.clean(report.title()),
        report.period(),
        PrintText.clean(edition.publisher().name()),
        PrintText.clean(edition.publisher().address()),
        edition.publisher().email(),
        PrintText.host(edition.portalUrl()),
        Artwork.qrCode(edition.portalUrl()),
        Danish.integer(copies()),
        edition.date().getYear());
  }

  private PageGeometry geometry() {
    PrintSpec print = edition.print();
    return new PageGeometry(print.trim().widthMm(), print.trim().heightMm(), print.bleedMm());
  }

  private static AnnualReport.ReportSection foreword(List<AnnualReport.ReportSection> sections) {
    return sections.stream()
        .filter(s -> s.file().endsWith("/" + FOREWORD_FILE))
        .findFirst()
        .orElse(sections.isEmpty() ? null : sections.get(0));
  }

  private static Section section(AnnualReport.ReportSection s, int number) {
    return new Section("r-" + number, number, PrintText.clean(s.title()), blocks(s.markdown()));
  }

  /**
   * The Markdown cut at its placeholders, in reading order. An opening paragraph is the section's
   * lead, set large and ragged without hyphenation (with it, the Danish line breaker ends the
   * lead's first line early).
   */
  static List<Block> blocks(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(markdown);
    int from = 0;
    while (m.find()) {
      text(markdown.substring(from, m.start()), blocks);
      String name = m.group(1);
      blocks.add(name.equals("figures") ? Block.figures() : Block.chart(name.substring(6)));
      from = m.end();
    }
    text(markdown.substring(from), blocks);
    if (!blocks.isEmpty() && blocks.get(0).isText() && blocks.get(0).html().startsWith(LEAD)) {
      blocks.set(0, Block.text("<p>" + blocks.get(0).html().substring(LEAD.length())));
    }
    return blocks;
  }

  private static void text(String markdown, List<Block> blocks) {
    if (!markdown.isBlank()) {
      blocks.add(Block.text(unhyphenatedQuotes(Markdown.toXhtml(PrintText.clean(markdown)))));
    }
  }

  /**
   * Pull quotes are display type, set without hyphenation: their elements lose the {@code
   * lang="da"} that switches it on.
   */
  static String unhyphenatedQuotes(String html) {
    return QUOTE
        .matcher(html)
        .replaceAll(m -> Matcher.quoteReplacement(m.group().replace(" lang=\"da\"", "")));
  }

  private List<Figure> figures() {
    return report.keyFigures().stream()
        .map(f -> new Figure(number(f.value()), PrintText.clean(f.label())))
        .toList();
  }

  /** {@code 218.291}; a fraction with one decimal, {@code 3,5}. */
  static String number(double value) {
    if (value == Math.rint(value)) {
      return Danish.integer((long) value);
    }
    NumberFormat format = NumberFormat.getNumberInstance(Danish.LOCALE);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  private List<PeopleGroup> people() {
    Map<String, List<Person>> groups = new LinkedHashMap<>();
    for (AnnualReport.Person p : report.people()) {
      groups
          .computeIfAbsent(PrintText.clean(p.group()), g -> new ArrayList<>())
          .add(
              new Person(
                  PrintText.clean(p.name()), p.role() == null ? null : PrintText.clean(p.role())));
    }
    return groups.entrySet().stream().map(e -> new PeopleGroup(e.getKey(), e.getValue())).toList();
  }

  private List<PlannedChart> charts(double widthMm) {
    List<PlannedChart> charts = new ArrayList<>();
    for (int i = 0; i < report.charts().size(); i++) {
      AnnualReport.Chart c = report.charts().get(i);
      List<ChartSpec.Point> points =
          c.series().stream().map(p -> new ChartSpec.Point(p.label(), p.value())).toList();
      ChartSpec spec =
          new ChartSpec(
              ChartSpec.Kind.valueOf(c.kind().name()), c.title(), c.unit(), "", points, widthMm, 1);
      charts.add(new PlannedChart(c.id(), i, spec));
    }
    return charts;
  }
}
