package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Who an offer is for: stages, grade span, subjects and dagtilbud themes, chosen so that they agree
 * with each other (indskoling 0-3, mellemtrin 4-6, udskoling 7-9) and with the subjects' spans.
 */
record Audience(
    String stages, Integer from, Integer to, List<String> subjects, List<String> themes) {
  static final String ORDER = "dimug";
  static final List<String> KEYS =
      List.of("dagtilbud", "indskoling", "mellemtrin", "udskoling", "ungdomsuddannelse");
  private static final Set<String> UPPER_SECONDARY =
      Set.of(
          "Dansk",
          "Engelsk",
          "Historie",
          "Samfundsfag",
          "Biologi",
          "Geografi",
          "Fysik/kemi",
          "Matematik",
          "Musik",
          "Billedkunst",
          "Drama",
          "Medier",
          "Filmkundskab",
          "Idræt",
          "Spansk");

  List<String> stageKeys() {
    return stages.chars().mapToObj(c -> KEYS.get(ORDER.indexOf(c))).toList();
  }

  boolean has(char stage) {
    return stages.indexOf(stage) >= 0;
  }

  boolean only(char stage) {
    return stages.equals(String.valueOf(stage));
  }

  String schoolStages() {
    return stages.replaceAll("[dg]", "");
  }

  /**
   * An audience for the topic within the stages the institution serves, or null when none of the
   * topic's stage runs gives a consistent one.
   */
  static Audience choose(Topic topic, String allowed, Reference ref, Random random) {
    String stages = topic.stages().replaceAll("[^" + allowed + "]", "");
    for (String run : runs(stages, random)) {
      Audience audience = build(topic, run, ref, random);
      if (audience != null) {
        return audience;
      }
    }
    return null;
  }

  /** Runs of one to three neighbouring stages, shortest first more often, in random order. */
  private static List<String> runs(String stages, Random random) {
    List<String> runs = new ArrayList<>();
    for (int len = 1; len <= Math.min(3, stages.length()); len++) {
      for (int i = 0; i + len <= stages.length(); i++) {
        int copies = len == 3 ? 1 : 3;
        for (int c = 0; c < copies; c++) {
          runs.add(stages.substring(i, i + len));
        }
      }
    }
    Collections.shuffle(runs, random);
    return new ArrayList<>(new LinkedHashSet<>(runs));
  }

  private static Audience build(Topic topic, String run, Reference ref, Random random) {
    List<String> themes = run.indexOf('d') >= 0 ? topic.themes() : List.of();
    if (run.indexOf('d') >= 0 && themes.isEmpty()) {
      return null;
    }
    String school = run.replaceAll("[dg]", "");
    if (!school.isEmpty()) {
      return schoolAudience(topic, run, school, themes, ref, random);
    }
    List<String> subjects = run.indexOf('g') >= 0 ? upperSecondary(topic) : List.of();
    if (run.indexOf('g') >= 0 && subjects.isEmpty()) {
      return null;
    }
    return new Audience(run, null, null, subjects, themes);
  }

  private static Audience schoolAudience(
      Topic topic, String run, String school, List<String> themes, Reference ref, Random random) {
    int from = startOf(school.charAt(0), run.indexOf('d') >= 0, random);
    int to = endOf(school.charAt(school.length() - 1), random);
    List<String> subjects =
        topic.subjects().stream()
            .filter(s -> ref.subject(s).overlaps(from, to))
            .limit(random.nextInt(4) == 0 ? 2 : 3)
            .toList();
    if (subjects.isEmpty()) {
      return null;
    }
    boolean bh = from == 0 && topic.kompetence() != null;
    int low =
        bh
            ? 0
            : Math.max(
                from, subjects.stream().mapToInt(s -> ref.subject(s).from()).min().orElseThrow());
    int high =
        Math.min(to, subjects.stream().mapToInt(s -> ref.subject(s).to()).max().orElseThrow());
    if (low > high || !everyStageCovered(school, low, high)) {
      return null;
    }
    List<String> all = new ArrayList<>(subjects);
    if (bh) {
      all.add(topic.kompetence());
    }
    return new Audience(run, low, high, all, themes);
  }

  private static int startOf(char stage, boolean withDagtilbud, Random random) {
    switch (stage) {
      case 'i':
        return withDagtilbud || random.nextBoolean() ? 0 : 1;
      case 'm':
        return random.nextInt(5) == 0 ? 5 : 4;
      default:
        return random.nextInt(7) == 0 ? 8 : 7;
    }
  }

  private static int endOf(char stage, Random random) {
    switch (stage) {
      case 'i':
        return random.nextInt(10) < 3 ? 2 : 3;
      case 'm':
        return random.nextInt(5) == 0 ? 5 : 6;
      default:
        return 9;
    }
  }

  private static boolean everyStageCovered(String school, int from, int to) {
    int[][] spans = {{0, 3}, {4, 6}, {7, 10}};
    for (char c : school.toCharArray()) {
      int[] span = spans["imu".indexOf(c)];
      if (from > span[1] || to < span[0]) {
        return false;
      }
    }
    return true;
  }

  private static List<String> upperSecondary(Topic topic) {
    return topic.subjects().stream()
        .map(s -> s.replace(" (valgfag)", ""))
        .filter(UPPER_SECONDARY::contains)
        .distinct()
        .limit(3)
        .toList();
  }
}
