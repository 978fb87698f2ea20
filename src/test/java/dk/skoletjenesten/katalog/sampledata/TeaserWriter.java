package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes offer teasers from the sentence templates: an opening about the topic, a sentence about
 * what the pupils do and often a sentence tying it to a subject. No sentence is used twice in the
 * whole catalogue; an institution avoids reusing its own templates while it has fresh ones.
 */
final class TeaserWriter {
  static final int MAX_LENGTH = 400;
  private static final double CLOSE_SHARE = 0.65;

  private static final Set<String> COMMON_WORDS =
      Set.of("eleverne", "børnene", "klassen", "elevernes");

  private final Banks banks;
  private final Random random = new Random(Seeds.of("teasers"));
  private final Set<String> usedSentences = new HashSet<>();
  private final Map<String, Set<String>> templatesByInstitution = new HashMap<>();

  TeaserWriter(Banks banks) {
    this.banks = banks;
  }

  String write(Inst inst, Topic topic, Audience audience) {
    Map<String, String> values = values(inst, topic, audience);
    String key = templateKey(inst, topic, audience);
    Set<String> mine = templatesByInstitution.computeIfAbsent(inst.id(), k -> new HashSet<>());
    for (boolean strict : new boolean[] {true, false}) {
      for (String open : candidates("open", key, mine)) {
        for (String mid : candidates("mid", key, mine)) {
          String teaser = compose(open, mid, values, topic, audience, mine, strict);
          if (teaser != null) {
            return teaser;
          }
        }
      }
    }
    throw new IllegalStateException("no unique teaser for " + inst.id() + ": " + topic.title());
  }

  /** The teaser, or null; strict also rejects clumsy repetitions of words and verbs. */
  private String compose(
      String open,
      String mid,
      Map<String, String> values,
      Topic topic,
      Audience audience,
      Set<String> mine,
      boolean strict) {
    if (clash(open, mid) || strict && (clumsy(open, values, topic) || clumsy(mid, values, topic))) {
      return null;
    }
    String first = Phrases.fill(open, values);
    String second = Phrases.fill(mid, values);
    String text = first + " " + second;
    if (first.equals(second)
        || usedSentences.contains(first)
        || usedSentences.contains(second)
        || text.length() > MAX_LENGTH) {
      return null;
    }
    String close =
        random.nextDouble() < CLOSE_SHARE
            ? close(open, values, topic, audience, text.length())
            : null;
    List<String> sentences = close == null ? List.of(first, second) : List.of(first, second, close);
    usedSentences.addAll(sentences);
    mine.add(open);
    mine.add(mid);
    return String.join(" ", sentences);
  }

  /** A template whose own verb is the topic's verb, or whose sentence repeats a longer word. */
  private static boolean clumsy(String template, Map<String, String> values, Topic topic) {
    return template.contains(" " + topic.doVerb() + " ")
        || repeatsWord(Phrases.fill(template, values), values);
  }

  /**
   * True when the template makes a sentence use a longer word twice ("i små grupper ... i små
   * grupper"); a repetition inside one phrase of the topic ("billede for billede") is intended.
   */
  private static boolean repeatsWord(String sentence, Map<String, String> values) {
    Map<String, Integer> counts = wordCounts(sentence);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > 1
          && values.values().stream()
              .noneMatch(v -> wordCounts(v).getOrDefault(e.getKey(), 0) > 1)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> wordCounts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-zæøå]+")) {
      if (word.length() >= 6 && !COMMON_WORDS.contains(word)) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Two templates that would say the same thing twice. */
  private static boolean clash(String open, String mid) {
    return Phrases.uses(open, "guide") && Phrases.uses(mid, "guide")
        || Phrases.uses(open, "kort") && Phrases.uses(mid, "kort")
        || Phrases.uses(open, "name") && Phrases.uses(mid, "name")
        || mentionsTown(open) && mentionsTown(mid)
        || open.contains("udgangspunkt") && mid.contains("udgangspunkt")
        || open.contains("besøg") && mid.contains("besøg")
        || Phrases.uses(open, "athere") && Phrases.uses(mid, "athere");
  }

  private static boolean mentionsTown(String template) {
    return Phrases.uses(template, "town") || Phrases.uses(template, "itown");
  }

  private String close(
      String open, Map<String, String> values, Topic topic, Audience audience, int length) {
    if (Phrases.uses(open, "kort")) {
      return null;
    }
    List<String> options = new ArrayList<>(banks.templates("close", closeKey(topic, audience)));
    Collections.shuffle(options, random);
    for (String template : options) {
      String sentence = Phrases.fill(template, values);
      if (!usedSentences.contains(sentence) && length + 1 + sentence.length() <= MAX_LENGTH) {
        return sentence;
      }
    }
    return null;
  }

  /** Fresh templates first (shuffled), then the institution's used ones, then the fallbacks. */
  private List<String> candidates(String role, String key, Set<String> mine) {
    List<String> fresh = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (String t : banks.templates(role, key)) {
      (mine.contains(t) ? used : fresh).add(t);
    }
    Collections.shuffle(fresh, random);
    Collections.shuffle(used, random);
    fresh.addAll(used);
    fresh.addAll(banks.templates(role, "fallback"));
    return fresh;
  }

  private String templateKey(Inst inst, Topic topic, Audience audience) {
    if (!banks.templates("open", topic.pool()).isEmpty()) {
      return topic.pool();
    }
    return audience.has('d') ? "d" : inst.kind().style();
  }

  /** Dagtilbud and upper-secondary closings, else the family of the topic's main subject. */
  private static String closeKey(Topic topic, Audience audience) {
    if (audience.has('d')) {
      return "d";
    }
    if (audience.only('g')) {
      return "g";
    }
    return Subjects.family(topic.subjects().get(0));
  }

  private static Map<String, String> values(Inst inst, Topic topic, Audience audience) {
    boolean children = audience.has('d');
    Kind kind = inst.kind();
    Map<String, String> v = new HashMap<>();
    v.put("om", topic.about());
    v.put("ting", topic.things());
    v.put("gør", topic.task());
    v.put("gør_v", topic.doVerb());
    v.put("gør_r", topic.doRest());
    v.put("spm", topic.question());
    v.put("kort", topic.shortName());
    v.put("title", topic.title());
    v.put("pupils", children ? "børnene" : "eleverne");
    v.put("pupilsgen", children ? "børnenes" : "elevernes");
    v.put("here", kind.here());
    v.put("athere", kind.athere());
    v.put("heregen", kind.heregen());
    v.put("guide", kind.guide());
    v.put("town", inst.town());
    v.put("itown", Phrases.in(inst.town()));
    v.put("name", inst.name());
    v.put(
        "tema",
        audience.themes().isEmpty() ? "" : audience.themes().get(0).toLowerCase(Locale.ROOT));
    return v;
  }
}
