package dk.skoletjenesten.katalog.changes;

import dk.skoletjenesten.katalog.changes.DataChanges.Entry;
import dk.skoletjenesten.katalog.changes.DataChanges.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds the pages a data entry is on among the pages that differ: a changed or added page whose new
 * text holds the entry's new text, a changed page whose old text held its old text, a removed page
 * whose old text held it. An entry's text is, for each changed text field, the 40 search-key
 * characters around where old and new first differ (so a change deep in a long description is found
 * on the page that prints that part); an added or removed entry's text is its name or title. When
 * that is found on no page at all (the field is not printed, or not text), the name or title is
 * looked for instead.
 */
final class DataLinks {
  static final int WINDOW = 40;
  private static final int BEFORE_DIFFERENCE = 15;
  private static final int SHORTEST = 4;

  private DataLinks() {}

  /** The texts to look for on the old and on the new pages. */
  record Needles(List<String> before, List<String> after) {
    Needles {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /**
   * The texts of the differing pages of one publication: changed and added pages of the new file,
   * changed and removed pages of the old one.
   */
  record Pages(
      String path,
      List<Integer> changed,
      List<Integer> added,
      List<Integer> removed,
      Map<Integer, String> before,
      Map<Integer, String> after) {}

  /** What to look for to find {@code entry}: its changed texts, else its name or title. */
  static Needles needles(Entry entry) {
    Needles fields = fieldNeedles(entry);
    return fields.before().isEmpty() && fields.after().isEmpty() ? labelNeedles(entry) : fields;
  }

  private static Needles fieldNeedles(Entry entry) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (FieldChange f : entry.fields()) {
      String old = f.before().isTextual() ? PageTexts.key(f.before().asText()) : "";
      String now = f.after().isTextual() ? PageTexts.key(f.after().asText()) : "";
      int difference = commonPrefix(old, now);
      add(before, window(old, difference));
      add(after, window(now, difference));
    }
    return new Needles(before, after);
  }

  private static Needles labelNeedles(Entry entry) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    add(before, PageTexts.key(entry.before().isMissingNode() ? "" : entry.label()));
    add(after, PageTexts.key(entry.after().isMissingNode() ? "" : entry.label()));
    return new Needles(before, after);
  }

  /** The pages of {@code pages} where {@code needles} are found; null when none. */
  static DataChanges.PageRefs find(Needles needles, Pages pages) {
    SortedSet<Integer> found = new TreeSet<>();
    for (int page : pages.changed()) {
      if (holds(pages.after().get(page), needles.after())
          || holds(pages.before().get(page), needles.before())) {
        found.add(page);
      }
    }
    for (int page : pages.added()) {
      if (holds(pages.after().get(page), needles.after())) {
        found.add(page);
      }
    }
    List<Integer> removed = new ArrayList<>();
    for (int page : pages.removed()) {
      if (holds(pages.before().get(page), needles.before())) {
        removed.add(page);
      }
    }
    if (found.isEmpty() && removed.isEmpty()) {
      return null;
    }
    return new DataChanges.PageRefs(pages.path(), List.copyOf(found), removed);
  }

  private static boolean holds(String text, List<String> needles) {
    return text != null && needles.stream().anyMatch(text::contains);
  }

  private static void add(List<String> needles, String needle) {
    if (needle.length() >= SHORTEST && !needles.contains(needle)) {
      needles.add(needle);
    }
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** {@link #WINDOW} characters of {@code key} starting a little before {@code difference}. */
  static String window(String key, int difference) {
    int start = Math.max(0, Math.min(difference - BEFORE_DIFFERENCE, key.length() - WINDOW));
    return key.substring(start, Math.min(key.length(), start + WINDOW));
  }
}
