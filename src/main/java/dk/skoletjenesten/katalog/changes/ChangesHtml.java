package dk.skoletjenesten.katalog.changes;

import dk.skoletjenesten.katalog.changes.DataChanges.Entry;
import dk.skoletjenesten.katalog.changes.DataChanges.FieldChange;
import dk.skoletjenesten.katalog.changes.DataChanges.Group;
import dk.skoletjenesten.katalog.changes.DataChanges.PageRefs;
import dk.skoletjenesten.katalog.changes.PublicationChanges.ChangedPage;
import dk.skoletjenesten.katalog.changes.PublicationChanges.MovedPage;
import dk.skoletjenesten.katalog.changes.PublicationChanges.PageRef;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * changes.html through the template {@code changes.html} beside this class: the summary, the data
 * changes as tables (old, new, the pages they are on), then per publication the moved, added and
 * removed pages and each changed page's side-by-side image as a data: URI. The template gets plain
 * maps and lists of text.
 */
final class ChangesHtml {
  private static final TemplateEngine ENGINE = engine();
  private static final Map<String, String> GROUP_TITLES =
      Map.of(
          "places",
          "Places",
          "offers",
          "Offers",
          "orders",
          "Orders",
          "articles",
          "Articles",
          "schools",
          "Schools per municipality");

  private ChangesHtml() {}

  static String render(Changes changes) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("format", Changes.FORMAT);
    vars.put("oldRevision", changes.oldRevision());
    vars.put("newRevision", changes.newRevision());
    vars.put("summary", changes.summary());
    vars.put("dataSame", changes.data().same());
    vars.put("groups", groups(changes.data()));
    vars.put(
        "publications",
        changes.publications().stream().map(p -> publication(p, changes.images())).toList());
    return ENGINE.process("changes", new Context(Locale.ROOT, vars));
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("dk/skoletjenesten/katalog/changes/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static List<Map<String, Object>> groups(DataChanges data) {
    List<Map<String, Object>> groups = new ArrayList<>();
    if (data.same()) {
      return groups;
    }
    for (String name : RegistrySnapshot.GROUPS) {
      List<Map<String, Object>> rows = rows(data.group(name));
      if (!rows.isEmpty()) {
        groups.add(Map.of("title", GROUP_TITLES.get(name), "rows", rows));
      }
    }
    if (!data.edition().isEmpty()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (FieldChange f : data.edition()) {
        rows.add(row(rows.isEmpty(), "edition.json", "edition", "changed", f, ""));
      }
      groups.add(Map.of("title", "Edition", "rows", rows));
    }
    return groups;
  }

  private static List<Map<String, Object>> rows(Group group) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Entry e : group.changed()) {
      boolean first = true;
      for (FieldChange f : e.fields()) {
        rows.add(row(first, e.label(), e.id(), first ? "changed" : "", f, first ? pages(e) : ""));
        first = false;
      }
    }
    for (Entry e : group.added()) {
      rows.add(row(true, e.label(), e.id(), "added", null, pages(e)));
    }
    for (Entry e : group.removed()) {
      rows.add(row(true, e.label(), e.id(), "removed", null, pages(e)));
    }
    return rows;
  }

  private static Map<String, Object> row(
      boolean first, String label, String id, String kind, FieldChange f, String pages) {
    Map<String, Object> row = new HashMap<>();
    row.put("first", first);
    row.put("label", label);
    row.put("id", id);
    row.put("kind", kind);
    row.put("field", f == null ? "" : f.field());
    TextChange text =
        f == null
            ? new TextChange("", "", "", "")
            : TextChange.of(Changes.display(f.before()), Changes.display(f.after()));
    row.put("head", text.head());
    row.put("before", text.before());
    row.put("after", text.after());
    row.put("tail", text.tail());
    row.put("pages", pages);
    return row;
  }

  /**
   * Two texts as what they share at the start and the end (whole words) and the part between that
   * differs, so a changed word in a long description stands out.
   */
  record TextChange(String head, String before, String after, String tail) {
    static TextChange of(String before, String after) {
      int head = 0;
      int n = Math.min(before.length(), after.length());
      while (head < n && before.charAt(head) == after.charAt(head)) {
        head++;
      }
      if (head < n || before.length() != after.length()) {
        while (head > 0 && !Character.isWhitespace(before.charAt(head - 1))) {
          head--;
        }
      }
      int tail = 0;
      int rest = n - head;
      while (tail < rest
          && before.charAt(before.length() - 1 - tail) == after.charAt(after.length() - 1 - tail)) {
        tail++;
      }
      while (tail > 0 && !Character.isWhitespace(before.charAt(before.length() - tail))) {
        tail--;
      }
      return new TextChange(
          before.substring(0, head),
          before.substring(head, before.length() - tail),
          after.substring(head, after.length() - tail),
          before.substring(before.length() - tail));
    }
  }

  /** {@code catalogue.pdf p. 12, 13; inserts/580-aabenraa.pdf p. 3 (removed p. 4)}. */
  private static String pages(Entry e) {
    List<String> parts = new ArrayList<>();
    for (PageRefs p : e.pages()) {
      String text = p.path();
      if (!p.pages().isEmpty()) {
        text += " p. " + join(p.pages());
      }
      if (!p.removedPages().isEmpty()) {
        text += " (removed p. " + join(p.removedPages()) + ")";
      }
      parts.add(text);
    }
    return String.join("; ", parts);
  }

  private static Map<String, Object> publication(PublicationChanges p, Map<String, byte[]> images) {
    Map<String, Object> view = new HashMap<>();
    view.put("path", p.path());
    view.put("status", status(p));
    view.put(
        "moved",
        p.movedPages().isEmpty()
            ? null
            : "Moved (same content, another number): " + moves(p.movedPages()));
    view.put("added", pageList("Added", p.addedPages(), " (new numbers)"));
    view.put("removed", pageList("Removed", p.removedPages(), " (old numbers)"));
    List<Map<String, Object>> changed = new ArrayList<>();
    for (ChangedPage c : p.changedPages()) {
      Map<String, Object> page = new HashMap<>();
      page.put("caption", "Page " + c.page() + ": old (left), new (right)");
      page.put("data", c.data().isEmpty() ? "" : "Data on it: " + String.join(", ", c.data()));
      page.put("alt", "Page " + c.page() + " of " + p.path() + ", old and new side by side");
      page.put(
          "src",
          "data:image/png;base64," + Base64.getEncoder().encodeToString(images.get(c.image())));
      changed.add(page);
    }
    view.put("changed", changed);
    return view;
  }

  /** Runs of moves by the same distance as ranges: {@code p. 11–192 to p. 10–191, p. 3 to p. 5}. */
  static String moves(List<MovedPage> moves) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < moves.size()) {
      int j = i;
      while (j + 1 < moves.size()
          && moves.get(j + 1).from() == moves.get(j).from() + 1
          && moves.get(j + 1).to() == moves.get(j).to() + 1) {
        j++;
      }
      MovedPage first = moves.get(i);
      MovedPage last = moves.get(j);
      runs.add(
          i == j
              ? "p. " + first.from() + " to p. " + first.to()
              : "p. "
                  + first.from()
                  + "\u2013"
                  + last.from()
                  + " to p. "
                  + first.to()
                  + "\u2013"
                  + last.to());
      i = j + 1;
    }
    return String.join(", ", runs);
  }

  private static String status(PublicationChanges p) {
    return switch (p.status()) {
      case "added" -> "added (" + Summary.plural(p.newPages(), "page") + ")";
      case "removed" -> "removed (had " + Summary.plural(p.oldPages(), "page") + ")";
      default ->
          p.changedPages().isEmpty()
              ? "no page changed"
              : Summary.plural(p.changedPages().size(), "page") + " changed";
    };
  }

  private static String pageList(String what, List<PageRef> pages, String numbers) {
    if (pages.isEmpty()) {
      return null;
    }
    return what
        + numbers
        + ": "
        + pages.stream()
            .map(
                r ->
                    "p. "
                        + r.page()
                        + (r.data().isEmpty() ? "" : " (" + String.join(", ", r.data()) + ")"))
            .collect(Collectors.joining(", "));
  }

  private static String join(List<Integer> pages) {
    return pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
