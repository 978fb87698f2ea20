package dk.skoletjenesten.katalog.report;

import dk.skoletjenesten.katalog.draw.ChartSpec;
import dk.skoletjenesten.katalog.report.ReportViews.Channel;
import dk.skoletjenesten.katalog.report.ReportViews.FigureGroup;
import dk.skoletjenesten.katalog.report.ReportViews.Front;
import dk.skoletjenesten.katalog.report.ReportViews.Organisation;
import dk.skoletjenesten.katalog.report.ReportViews.PeopleGroup;
import dk.skoletjenesten.katalog.report.ReportViews.Person;
import dk.skoletjenesten.katalog.report.ReportViews.Section;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole report as the templates see it, in print order: the front facts, the foreword (its
 * first section, or null) and who signs it, the sections, the key figures, the people, and the
 * charts the sections place (and the channels of the back cover), the organisation diagram (or
 * null), drawn as wide as the text column (their height is chosen when they are sized).
 */
record ReportModel(
    Front front,
    PageGeometry geometry,
    ReportFrame frame,
    Section foreword,
    List<Person> signatures,
    List<Section> sections,
    List<FigureGroup> figures,
    List<PeopleGroup> people,
    List<PlannedChart> charts,
    List<Channel> channels,
    Organisation organisation,
    String sourceFile) {

  ReportModel {
    signatures = List.copyOf(signatures);
    sections = List.copyOf(sections);
    figures = List.copyOf(figures);
    people = List.copyOf(people);
    charts = List.copyOf(charts);
    channels = List.copyOf(channels);
  }

  /** A chart of report.json ({@code $.charts[index]}) as drawn at the column width. */
  record PlannedChart(String id, int index, ChartSpec spec) {}

  Map<String, Object> variables() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("front", front);
    vars.put("geometry", geometry);
    vars.put("frame", frame);
    vars.put("foreword", foreword);
    vars.put("signatures", signatures);
    vars.put("sections", sections);
    vars.put("figureGroups", figures);
    vars.put("peopleGroups", people);
    vars.put("channels", channels);
    vars.put("organisation", organisation);
    return vars;
  }
}
