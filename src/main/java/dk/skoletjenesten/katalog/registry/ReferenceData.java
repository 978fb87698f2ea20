package dk.skoletjenesten.katalog.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The verified reference tables shipped with the program: the 98 municipalities, the school
 * subjects with their grade spans and the dagtilbud læreplanstemaer.
 */
final class ReferenceData {
  private static final String THEME_CATEGORY = "dagtilbud_laereplanstema";
  private static final ReferenceData INSTANCE = load();

  private final Map<Integer, String> municipalityNames;
  private final Map<String, String> subjects;
  private final Map<String, String> themes;
  private final Map<String, int[]> gradeSpans;

  private ReferenceData(
      Map<Integer, String> municipalityNames,
      Map<String, String> subjects,
      Map<String, String> themes,
      Map<String, int[]> gradeSpans) {
    this.municipalityNames = Map.copyOf(municipalityNames);
    this.subjects = Map.copyOf(subjects);
    this.themes = Map.copyOf(themes);
    this.gradeSpans = Map.copyOf(gradeSpans);
  }

  /** The grades a subject is taught in ({@code [from, to]}), by its reference spelling. */
  Optional<int[]> findGradeSpan(String subject) {
    return Optional.ofNullable(gradeSpans.get(subject)).map(int[]::clone);
  }

  static ReferenceData get() {
    return INSTANCE;
  }

  /** The codes of the 98 municipalities, in ascending order. */
  List<Integer> municipalityCodes() {
    return municipalityNames.keySet().stream().sorted().toList();
  }

  Optional<String> findMunicipalityName(int code) {
    return Optional.ofNullable(municipalityNames.get(code));
  }

  /** The reference spelling of a subject, matched case-insensitively. */
  Optional<String> findSubject(String name) {
    return Optional.ofNullable(subjects.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The reference spelling of a dagtilbud læreplanstema, matched case-insensitively. */
  Optional<String> findTheme(String name) {
    return Optional.ofNullable(themes.get(name.toLowerCase(Locale.ROOT)));
  }

  private static ReferenceData load() {
    Map<Integer, String> municipalities = new LinkedHashMap<>();
    for (List<String> row : rows("municipalities.csv")) {
      municipalities.put(Integer.parseInt(row.get(0)), row.get(1));
    }
    Map<String, String> subjects = new LinkedHashMap<>();
    Map<String, String> themes = new LinkedHashMap<>();
    Map<String, int[]> spans = new LinkedHashMap<>();
    for (List<String> row : rows("subjects.csv")) {
      Map<String, String> target = row.get(0).equals(THEME_CATEGORY) ? themes : subjects;
      target.put(row.get(1).toLowerCase(Locale.ROOT), row.get(1));
      if (!row.get(3).isBlank() && !row.get(4).isBlank()) {
        spans.put(
            row.get(1), new int[] {Integer.parseInt(row.get(3)), Integer.parseInt(row.get(4))});
      }
    }
    return new ReferenceData(municipalities, subjects, themes, spans);
  }

  private static List<List<String>> rows(String resource) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "reference table " + resource + " is missing from the program");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<CsvText.Line> lines = CsvText.parse(text, ',');
      return lines.subList(1, lines.size()).stream()
          .filter(l -> !l.isBlank())
          .map(CsvText.Line::cells)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference table " + resource, e);
    } catch (CsvText.UnclosedQuoteException e) {
      throw new IllegalStateException(
          "reference table " + resource + " is broken at line " + e.line(), e);
    }
  }
}
