package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses an offer title from the topic's titles and a few natural variations ("... for
 * mellemtrinnet", "... i Tønder", "Heldag: ..."), preferring titles not yet used in the catalogue.
 */
final class TitleWriter {
  private static final Set<String> LOCAL_POOLS = Set.of("lokal", "arkiv", "miljoe", "land");
  private static final Map<String, String> STAGE_TAIL =
      Map.of(
          "d",
          "for de mindste",
          "i",
          "for indskolingen",
          "m",
          "for mellemtrinnet",
          "u",
          "for udskolingen",
          "g",
          "for ungdomsuddannelserne");

  private static final int MAX_TOWN_TITLES = 2;

  private final Random random = new Random(Seeds.of("titles"));
  private final Map<String, Integer> used = new HashMap<>();

  String write(Inst inst, Topic topic, Audience audience, Duration duration, Set<String> taken) {
    String forced = EdgeCases.FORCED_TITLES.get(topic.title());
    if (forced != null) {
      return remember(forced);
    }
    List<String> options = options(inst, topic, audience, duration, taken);
    options.removeIf(taken::contains);
    if (options.isEmpty()) {
      options.add(topic.title() + " i " + inst.town());
    }
    int least = options.stream().mapToInt(o -> used.getOrDefault(o, 0)).min().orElseThrow();
    List<String> best = options.stream().filter(o -> used.getOrDefault(o, 0) == least).toList();
    return remember(best.get(random.nextInt(best.size())));
  }

  private String remember(String title) {
    used.merge(title, 1, Integer::sum);
    return title;
  }

  private static List<String> options(
      Inst inst, Topic topic, Audience audience, Duration duration, Set<String> taken) {
    List<String> options = new ArrayList<>();
    for (String base : topic.titles()) {
      boolean first = base.equals(topic.title());
      if (duration.days() > 1) {
        options.add(base + " – forløb over " + Duration.DAY_WORDS[duration.days()] + " dage");
      } else if (duration.fullDay()) {
        options.add("Heldag: " + base);
      } else {
        options.add(base);
        if (first && plain(base) && audience.stages().length() == 1 && !topic.unique()) {
          options.add(base + " – " + STAGE_TAIL.get(audience.stages()));
        }
        if (first
            && plain(base)
            && LOCAL_POOLS.contains(topic.pool())
            && !audience.has('d')
            && townTitles(inst, taken) < MAX_TOWN_TITLES) {
          options.add(base + " i " + inst.town());
        }
      }
    }
    return options;
  }

  private static long townTitles(Inst inst, Set<String> taken) {
    return taken.stream().filter(t -> t.endsWith(" i " + inst.town())).count();
  }

  private static boolean plain(String title) {
    return !title.contains("–")
        && !title.contains("?")
        && !title.contains(":")
        && !title.contains(" for ");
  }
}
