package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {placeholder}} templates and splits text into sentences. */
final class Phrases {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zæøå_]+)}");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÆØÅ0-9\"])");

  private Phrases() {}

  /** The template with its placeholders replaced and its first letter capitalised. */
  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {" + m.group(1) + "} in: " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return capitalise(out.toString());
  }

  static boolean uses(String template, String placeholder) {
    return template.contains("{" + placeholder + "}");
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Sentences of a text, split after ".", "!" or "?" followed by a capital letter. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static final Set<String> ON_ISLANDS_AND_QUARTERS =
      Set.of(
          "Frederiksberg",
          "Amager",
          "Østerbro",
          "Nørrebro",
          "Vesterbro",
          "Christianshavn",
          "Fanø",
          "Læsø",
          "Samsø");

  /** "i Tønder", but "på Vesterbro" and "på Frederiksberg". */
  static String in(String town) {
    return (ON_ISLANDS_AND_QUARTERS.contains(town) ? "på " : "i ") + town;
  }

  /** Danish genitive of a name: "Tønder" becomes "Tønders", "Aars" becomes "Aars'". */
  static String genitive(String name) {
    return name.matches(".*[sxz]$") ? name + "'" : name + "s";
  }
}
