package dk.skoletjenesten.katalog.xhtml;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The selectors of the rules that make elements running ({@code position: running(NAME)}): Flying
 * Saucer moves them into the page margins ({@code element(NAME)}); a browser, which does not know
 * running elements, would set them in the text, so the kept pages hide them.
 */
final class RunningElements {
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
  private static final Pattern RUNNING = Pattern.compile("(?i)position\\s*:\\s*running\\(");

  private RunningElements() {}

  static Set<String> selectors(String css) {
    Set<String> selectors = new TreeSet<>();
    Matcher m = RULE.matcher(COMMENT.matcher(css).replaceAll(" "));
    while (m.find()) {
      if (RUNNING.matcher(m.group(2)).find()) {
        for (String selector : m.group(1).split(",")) {
          selectors.add(selector.strip().replaceAll("\\s+", " "));
        }
      }
    }
    return selectors;
  }

  /** A rule that hides {@code selectors}, or nothing when there are none. */
  static String hidingRule(Set<String> selectors) {
    if (selectors.isEmpty()) {
      return "";
    }
    return "/* Running elements (position: running), which Flying Saucer sets in the page margins. */\n"
        + String.join(", ", selectors)
        + " { display: none !important; }\n";
  }
}
