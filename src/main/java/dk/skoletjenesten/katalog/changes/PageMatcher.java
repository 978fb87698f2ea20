package dk.skoletjenesten.katalog.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the pages of an old and a new file by their hashes (pages are numbered from 1):
 *
 * <ol>
 *   <li>a new page with the same render hash as the old page at its number is unchanged;
 *   <li>a new page whose text hash differs from the old page at its number but equals that of an
 *       old page at another number, not yet paired, moved from the nearest such page;
 *   <li>any other new page is changed when the old page at its number is not paired yet (it is
 *       compared with that page), otherwise added: content inserted before pages that moved on;
 *   <li>old pages left unpaired were removed.
 * </ol>
 */
final class PageMatcher {
  private PageMatcher() {}

  /** The outcome, each list in page order. */
  record Match(
      List<Integer> changed, List<int[]> moved, List<Integer> added, List<Integer> removed) {
    Match {
      changed = List.copyOf(changed);
      moved = List.copyOf(moved);
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }
  }

  static Match match(List<PageHash> before, List<PageHash> after) {
    Set<Integer> pairedOld = new HashSet<>();
    Set<Integer> settledNew = new HashSet<>();
    for (int page = 1; page <= Math.min(before.size(), after.size()); page++) {
      if (hash(before, page).render().equals(hash(after, page).render())) {
        pairedOld.add(page);
        settledNew.add(page);
      }
    }
    List<int[]> moved = moves(before, after, pairedOld, settledNew);
    List<Integer> changed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    for (int page = 1; page <= after.size(); page++) {
      if (settledNew.contains(page)) {
        continue;
      }
      if (page <= before.size() && pairedOld.add(page)) {
        changed.add(page);
      } else {
        added.add(page);
      }
    }
    List<Integer> removed = new ArrayList<>();
    for (int page = 1; page <= before.size(); page++) {
      if (!pairedOld.contains(page)) {
        removed.add(page);
      }
    }
    return new Match(changed, moved, added, removed);
  }

  private static List<int[]> moves(
      List<PageHash> before,
      List<PageHash> after,
      Set<Integer> pairedOld,
      Set<Integer> settledNew) {
    Map<String, List<Integer>> oldByText = new HashMap<>();
    for (int page = 1; page <= before.size(); page++) {
      oldByText.computeIfAbsent(hash(before, page).text(), k -> new ArrayList<>()).add(page);
    }
    List<int[]> moved = new ArrayList<>();
    for (int page = 1; page <= after.size(); page++) {
      String text = hash(after, page).text();
      boolean sameTextHere = page <= before.size() && hash(before, page).text().equals(text);
      if (settledNew.contains(page) || sameTextHere) {
        continue;
      }
      int from = nearestFree(oldByText.getOrDefault(text, List.of()), page, pairedOld);
      if (from > 0) {
        pairedOld.add(from);
        settledNew.add(page);
        moved.add(new int[] {from, page});
      }
    }
    return moved;
  }

  /** The candidate nearest to {@code page} (the lower on a tie) not yet paired, or 0. */
  private static int nearestFree(List<Integer> candidates, int page, Set<Integer> paired) {
    int best = 0;
    for (int candidate : candidates) {
      if (candidate == page || paired.contains(candidate)) {
        continue;
      }
      if (best == 0 || Math.abs(candidate - page) < Math.abs(best - page)) {
        best = candidate;
      }
    }
    return best;
  }

  private static PageHash hash(List<PageHash> pages, int page) {
    return pages.get(page - 1);
  }
}
