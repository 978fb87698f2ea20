package dk.skoletjenesten.katalog.changes;

import dk.skoletjenesten.katalog.changes.DataChanges.Entry;
import dk.skoletjenesten.katalog.changes.DataChanges.Group;
import dk.skoletjenesten.katalog.changes.DataChanges.PageRefs;
import dk.skoletjenesten.katalog.changes.PublicationChanges.ChangedPage;
import dk.skoletjenesten.katalog.changes.PublicationChanges.MovedPage;
import dk.skoletjenesten.katalog.changes.PublicationChanges.PageRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two bundles, reading only their folders: manifest.json (data digest, page hashes),
 * registry.json, the proofs of changed pages and, when the data differ, the text of the pages that
 * differ (from the PDFs). See the package documentation for what is reported.
 */
public final class BundleComparison {
  private BundleComparison() {}

  /**
   * Refuses {@code out} now, before a long build, when it cannot be compared later: not a bundle,
   * or made by a katalog without page hashes and registry.json.
   *
   * @throws ComparisonProblem naming the folder and what it lacks
   */
  public static void requireComparable(Path out) {
    BundleFolder.open(out);
  }

  /**
   * What changed from the bundle in {@code oldOut} to the one in {@code newOut}.
   *
   * @throws ComparisonProblem when a folder is not a bundle, was made by an older katalog, or lacks
   *     a file its manifest promises
   */
  public static Changes compare(Path oldOut, Path newOut) {
    BundleFolder before = BundleFolder.open(oldOut);
    BundleFolder after = BundleFolder.open(newOut);
    DataChanges data =
        before.dataSha256().equals(after.dataSha256())
            ? DataChanges.none()
            : DataDiff.compare(before.registry(), after.registry());
    Map<String, byte[]> images = new TreeMap<>();
    List<Matched> matched = new ArrayList<>();
    Set<String> paths = new TreeSet<>(before.publications().keySet());
    paths.addAll(after.publications().keySet());
    for (String path : paths) {
      matched.add(match(path, before, after, images));
    }
    List<DataLinks.Pages> texts = data.count() == 0 ? List.of() : texts(matched, before, after);
    DataChanges linked = link(data, texts);
    Map<String, Map<Integer, SortedSet<String>>> refs = refsByPage(linked);
    List<PublicationChanges> publications = new ArrayList<>();
    for (Matched m : matched) {
      PublicationChanges p = m.publication(refs.getOrDefault(m.path(), Map.of()));
      if (!p.isEmpty()) {
        publications.add(p);
      }
    }
    return new Changes(before.revision(), after.revision(), linked, publications, images);
  }

  /** A publication's page match before data are linked to its pages. */
  private record Matched(
      String path,
      String status,
      int oldPages,
      int newPages,
      PageMatcher.Match match,
      Map<Integer, SideBySide.Result> images) {

    PublicationChanges publication(Map<Integer, SortedSet<String>> refs) {
      List<ChangedPage> changed = new ArrayList<>();
      for (int page : match.changed()) {
        changed.add(
            new ChangedPage(
                page,
                imagePath(path, page),
                images.get(page).regions(),
                List.copyOf(refs.getOrDefault(page, new TreeSet<>()))));
      }
      List<MovedPage> moved = match.moved().stream().map(m -> new MovedPage(m[0], m[1])).toList();
      return new PublicationChanges(
          path,
          status,
          oldPages,
          newPages,
          changed,
          moved,
          pageRefs(match.added(), refs),
          pageRefs(match.removed(), removedRefs(refs)));
    }

    private static List<PageRef> pageRefs(
        List<Integer> pages, Map<Integer, SortedSet<String>> refs) {
      return pages.stream()
          .map(p -> new PageRef(p, List.copyOf(refs.getOrDefault(p, new TreeSet<>()))))
          .toList();
    }

    /** Removed pages' references are kept under negative page numbers (old numbering). */
    private static Map<Integer, SortedSet<String>> removedRefs(
        Map<Integer, SortedSet<String>> refs) {
      Map<Integer, SortedSet<String>> removed = new TreeMap<>();
      refs.forEach(
          (page, r) -> {
            if (page < 0) {
              removed.put(-page, r);
            }
          });
      return removed;
    }
  }

  /** The bundle path of the side-by-side image of a changed page. */
  static String imagePath(String publication, int page) {
    return "changes/"
        + BundleFolder.withoutPdf(publication)
        + "/p"
        + String.format("%03d", page)
        + ".png";
  }

  private static Matched match(
      String path, BundleFolder before, BundleFolder after, Map<String, byte[]> images) {
    List<PageHash> old = before.publications().get(path);
    List<PageHash> now = after.publications().get(path);
    PageMatcher.Match none = new PageMatcher.Match(List.of(), List.of(), List.of(), List.of());
    if (old == null) {
      return new Matched(path, "added", 0, now.size(), none, Map.of());
    }
    if (now == null) {
      return new Matched(path, "removed", old.size(), 0, none, Map.of());
    }
    PageMatcher.Match match = PageMatcher.match(old, now);
    Map<Integer, SideBySide.Result> drawn = new TreeMap<>();
    for (int page : match.changed()) {
      SideBySide.Result image = SideBySide.draw(before.proof(path, page), after.proof(path, page));
      drawn.put(page, image);
      images.put(imagePath(path, page), image.png());
    }
    return new Matched(path, "changed", old.size(), now.size(), match, drawn);
  }

  private static List<DataLinks.Pages> texts(
      List<Matched> matched, BundleFolder before, BundleFolder after) {
    List<DataLinks.Pages> pages = new ArrayList<>();
    for (Matched m : matched) {
      PageMatcher.Match match = m.match();
      List<Integer> newPages = new ArrayList<>(match.changed());
      newPages.addAll(match.added());
      List<Integer> oldPages = new ArrayList<>(match.changed());
      oldPages.addAll(match.removed());
      if (newPages.isEmpty() && oldPages.isEmpty()) {
        continue;
      }
      pages.add(
          new DataLinks.Pages(
              m.path(),
              match.changed(),
              match.added(),
              match.removed(),
              oldPages.isEmpty() ? Map.of() : PageTexts.read(before.requirePdf(m.path()), oldPages),
              newPages.isEmpty()
                  ? Map.of()
                  : PageTexts.read(after.requirePdf(m.path()), newPages)));
    }
    return pages;
  }

  private static DataChanges link(DataChanges data, List<DataLinks.Pages> texts) {
    if (data.same()) {
      return data;
    }
    Map<String, Group> groups = new TreeMap<>();
    data.groups()
        .forEach(
            (name, g) ->
                groups.put(
                    name,
                    name.equals("schools")
                        ? g
                        : new Group(
                            link(g.changed(), texts),
                            link(g.added(), texts),
                            link(g.removed(), texts))));
    return new DataChanges(false, groups, data.edition());
  }

  private static List<Entry> link(List<Entry> entries, List<DataLinks.Pages> texts) {
    return entries.stream().map(e -> e.withPages(pagesOf(e, texts))).toList();
  }

  private static List<PageRefs> pagesOf(Entry entry, List<DataLinks.Pages> texts) {
    return find(DataLinks.needles(entry), texts);
  }

  private static List<PageRefs> find(DataLinks.Needles needles, List<DataLinks.Pages> texts) {
    List<PageRefs> found = new ArrayList<>();
    for (DataLinks.Pages pages : texts) {
      PageRefs refs = DataLinks.find(needles, pages);
      if (refs != null) {
        found.add(refs);
      }
    }
    return found;
  }

  /** Per publication, per page, the entries found on it; removed pages under -page. */
  private static Map<String, Map<Integer, SortedSet<String>>> refsByPage(DataChanges data) {
    Map<String, Map<Integer, SortedSet<String>>> refs = new TreeMap<>();
    for (Group g : data.groups().values()) {
      List<Entry> entries = new ArrayList<>(g.changed());
      entries.addAll(g.added());
      entries.addAll(g.removed());
      for (Entry e : entries) {
        for (PageRefs p : e.pages()) {
          Map<Integer, SortedSet<String>> byPage =
              refs.computeIfAbsent(p.path(), k -> new TreeMap<>());
          p.pages()
              .forEach(page -> byPage.computeIfAbsent(page, k -> new TreeSet<>()).add(e.ref()));
          p.removedPages()
              .forEach(page -> byPage.computeIfAbsent(-page, k -> new TreeSet<>()).add(e.ref()));
        }
      }
    }
    return refs;
  }
}
