package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference tables the generator builds on: municipalities, subjects with their grade spans,
 * and towns with postcodes (copies of {@code shared/reference} plus {@code places.txt}).
 */
final class Reference {
  record Municipality(int code, String name, String shortName, String region) {}

  /** A subject or theme; {@code from}/{@code to} are -1 for dagtilbud themes. */
  record Subject(String category, String name, int from, int to) {
    boolean overlaps(int gradeFrom, int gradeTo) {
      return from >= 0 && from <= gradeTo && to >= gradeFrom;
    }
  }

  /** A town; {@code city} is its postal district ("Nørrebro" is in "København N"). */
  record Place(int municipality, String town, String postcode, String city) {
    /** The town as prose says it: "Odense C" is "Odense". */
    String spoken() {
      return town.replaceAll(" (C|K|V|N|S|M|NØ|SV|NV|Ø)$", "");
    }
  }

  final Map<Integer, Municipality> municipalities = new LinkedHashMap<>();
  final Map<String, Subject> subjects = new LinkedHashMap<>();
  final Map<Integer, List<Place>> places = new LinkedHashMap<>();

  Reference() {
    loadMunicipalities();
    loadSubjects();
    loadPlaces();
  }

  private void loadMunicipalities() {
    List<String> lines = Blocks.lines("municipalities.csv");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      int code = Integer.parseInt(f[0]);
      municipalities.put(code, new Municipality(code, f[1], f[2], f[3]));
    }
  }

  private void loadSubjects() {
    List<String> lines = Blocks.lines("subjects.csv");
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = splitQuoted(line);
      int from = f.get(3).isEmpty() ? -1 : Integer.parseInt(f.get(3));
      int to = f.get(4).isEmpty() ? -1 : Integer.parseInt(f.get(4));
      subjects.put(f.get(1), new Subject(f.get(0), f.get(1), from, to));
    }
  }

  private void loadPlaces() {
    for (String line : Blocks.lines("places.txt")) {
      String[] f = line.split(";");
      int code = Integer.parseInt(f[0]);
      String city = f.length > 3 ? f[3] : f[1];
      places.computeIfAbsent(code, k -> new ArrayList<>()).add(new Place(code, f[1], f[2], city));
    }
  }

  Municipality municipality(int code) {
    return municipalities.get(code);
  }

  Subject subject(String name) {
    Subject subject = subjects.get(name);
    if (subject == null) {
      throw new IllegalArgumentException("not a reference subject: " + name);
    }
    return subject;
  }

  Place place(int municipality, String town) {
    return places.get(municipality).stream()
        .filter(p -> p.town().equals(town))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no town " + town + " in " + municipality));
  }

  Place mainPlace(int municipality) {
    return places.get(municipality).get(0);
  }

  /** Splits a comma-separated line with double-quoted cells (the subjects table). */
  private static List<String> splitQuoted(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
