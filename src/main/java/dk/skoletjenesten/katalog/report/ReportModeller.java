package dk.skoletjenesten.katalog.report;

import dk.skoletjenesten.katalog.draw.ChartSpec;
import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Danish;
import dk.skoletjenesten.katalog.format.Markdown;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.registry.AnnualReport;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.TrimSize;
import dk.skoletjenesten.katalog.report.ReportModel.PlannedChart;
import dk.skoletjenesten.katalog.report.ReportViews.Block;
import dk.skoletjenesten.katalog.report.ReportViews.Channel;
import dk.skoletjenesten.katalog.report.ReportViews.Figure;
import dk.skoletjenesten.katalog.report.ReportViews.FigureGroup;
import dk.skoletjenesten.katalog.report.ReportViews.Front;
import dk.skoletjenesten.katalog.report.ReportViews.OrgBody;
import dk.skoletjenesten.katalog.report.ReportViews.OrgUnit;
import dk.skoletjenesten.katalog.report.ReportViews.Organisation;
import dk.skoletjenesten.katalog.report.ReportViews.PeopleGroup;
import dk.skoletjenesten.katalog.report.ReportViews.Person;
import dk.skoletjenesten.katalog.report.ReportViews.Section;
import dk.skoletjenesten.katalog.report.ReportViews.UnitGroup;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one mapping from the registry's {@link AnnualReport} (and the edition) to the report's view
 * model; pure. The foreword is the report's {@code foreword} with its signatures; a report.json of
 * the first contract, without one, takes the section in {@code forord.md} (else the first), signed
 * by nobody. Trim and copies are the report's (the registry fills in the contract's defaults).
 */
final class ReportModeller {
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
    Optional<AnnualReport.Foreword> given = report.findForeword();
    AnnualReport.ReportSection foreword =
        given.map(AnnualReport.Foreword::text).orElseGet(() -> foreword(report.sections()));
    List<Section> sections = new ArrayList<>();
    for (AnnualReport.ReportSection s : report.sections()) {
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
        signatures(given),
        sections,
        figureGroups(),
        people(),
        charts(frame.columnWidthMm(geometry.trimWidthMm())),
        channels(),
        report.findOrganisation().map(ReportModeller::organisation).orElse(null),
        "annual-report/report.json");
  }

  private static Organisation organisation(AnnualReport.Organisation o) {
    List<OrgBody> chain =
        Stream.of(o.board(), o.directors(), o.management())
            .map(b -> new OrgBody(PrintText.clean(b.name()), PrintText.clean(b.description())))
            .toList();
    Map<String, List<OrgUnit>> groups = new LinkedHashMap<>();
    for (AnnualReport.Unit u : o.units()) {
      String partners =
          u.partners().stream().map(PrintText::clean).collect(Collectors.joining(" · "));
      groups
          .computeIfAbsent(
              u.group() == null ? "" : PrintText.clean(u.group()), g -> new ArrayList<>())
          .add(new OrgUnit(PrintText.clean(u.name()), partners));
    }
    List<UnitGroup> unitGroups =
        groups.entrySet().stream()
            .map(e -> new UnitGroup(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()))
            .toList();
    return new Organisation(chain, unitGroups);
  }

  private List<Channel> channels() {
    return report.channels().stream()
        .map(c -> new Channel(PrintText.clean(c.label()), PrintText.host(c.url())))
        .toList();
  }

  private static List<Person> signatures(Optional<AnnualReport.Foreword> foreword) {
    return foreword.map(AnnualReport.Foreword::signatures).orElse(List.of()).stream()
        .map(s -> new Person(PrintText.clean(s.name()), PrintText.clean(s.role())))
        .toList();
  }

  /** The number of copies to print: the report data's ({@code copies}). */
  int copies() {
    return report.copies();
  }

  /** The booklet's title, as the manifest and the PDF name it: {@code Årsberetning 2017-18}. */
  String title() {
    return PrintText.clean(report.title()) + " " + report.period();
  }

  private Front front() {
    return new Front(
        PrintText.clean(report.title()),
        PrintText.clean(report.period()),
        PrintText.clean(edition.publisher().name()),
        PrintText.clean(edition.publisher().address()),
        edition.publisher().email(),
        PrintText.host(edition.portalUrl()),
        Artwork.qrCode(edition.portalUrl()),
        Danish.integer(copies()),
        edition.date().getYear());
  }

  private PageGeometry geometry() {
    TrimSize trim = report.trim();
    return new PageGeometry(trim.widthMm(), trim.heightMm(), edition.print().bleedMm());
  }

  private static AnnualReport.ReportSection foreword(List<AnnualReport.ReportSection> sections) {
    return sections.stream()
        .filter(s -> s.file().endsWith("/" + FOREWORD_FILE))
        .findFirst()
        .orElse(sections.isEmpty() ? null : sections.get(0));
  }

  private static Section section(AnnualReport.ReportSection s, int number) {
    return new Section(
        "r-" + number,
        number,
        PrintText.clean(s.title()),
        s.findImage().map(Artwork::image).orElse(null),
        s.findCaption().map(PrintText::clean).orElse(null),
        blocks(s.markdown()));
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
      blocks.add(Block.text(unhyphenatedQuotes(Markdown.toXhtml(PrintText.source(markdown)))));
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

  private List<FigureGroup> figureGroups() {
    return report.figureGroups().stream()
        .map(
            g ->
                new FigureGroup(
                    g.heading() == null ? null : PrintText.clean(g.heading()),
                    g.figures().stream()
                        .map(f -> new Figure(number(f.value()), PrintText.clean(f.label())))
                        .toList()))
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
          c.series().stream()
              .map(p -> new ChartSpec.Point(PrintText.clean(p.label()), p.value()))
              .toList();
      ChartSpec spec =
          new ChartSpec(
              c.kind(),
              PrintText.clean(c.title()),
              c.unit(),
              c.source() == null ? "" : PrintText.clean(c.source()),
              points,
              widthMm,
              1);
      charts.add(new PlannedChart(c.id(), i, spec));
    }
    return charts;
  }
}
