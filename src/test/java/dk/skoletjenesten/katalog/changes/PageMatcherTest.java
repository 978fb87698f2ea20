package dk.skoletjenesten.katalog.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageMatcherTest {
  /** Pages from letters: the letter is the text, a digit after it a different render. */
  private static List<PageHash> pages(String... pages) {
    List<PageHash> hashes = new ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      String text = pages[i].substring(0, 1);
      hashes.add(new PageHash(pages[i] + "@" + (i + 1), text));
    }
    return hashes;
  }

  private static String describe(PageMatcher.Match m) {
    List<String> moves = m.moved().stream().map(p -> p[0] + ">" + p[1]).toList();
    return "changed "
        + m.changed()
        + " moved "
        + moves
        + " added "
        + m.added()
        + " removed "
        + m.removed();
  }

  /** Same render at the same number: here renders carry the number, so only a letter pairs. */
  private static List<PageHash> same(List<PageHash> pages) {
    return pages;
  }

  @Test
  void identicalFilesHaveNoDifference() {
    List<PageHash> pages = pages("a", "b", "c");
    assertThat(describe(PageMatcher.match(pages, same(pages))))
        .isEqualTo("changed [] moved [] added [] removed []");
  }

  @Test
  void aPageInsertedIsAddedAndThePagesAfterItMove() {
    assertThat(describe(PageMatcher.match(pages("a", "b", "c"), pages("a", "x", "b", "c"))))
        .isEqualTo("changed [] moved [2>3, 3>4] added [2] removed []");
  }

  @Test
  void aPageDeletedIsRemovedAndThePagesAfterItMoveBack() {
    assertThat(describe(PageMatcher.match(pages("a", "b", "c", "d"), pages("a", "c", "d"))))
        .isEqualTo("changed [] moved [3>2, 4>3] added [] removed [2]");
  }

  @Test
  void sameTextAtTheSameNumberWithAnotherRenderIsAChange() {
    List<PageHash> before = pages("a", "b");
    List<PageHash> after = List.of(before.get(0), new PageHash("new picture", "b"));
    assertThat(describe(PageMatcher.match(before, after)))
        .isEqualTo("changed [2] moved [] added [] removed []");
  }

  @Test
  void pagesAddedAtTheEndAreAdded() {
    assertThat(describe(PageMatcher.match(pages("a", "b"), pages("a", "b", "y", "z"))))
        .isEqualTo("changed [] moved [] added [3, 4] removed []");
  }

  @Test
  void aMoveComesFromTheNearestPageWithThatText() {
    assertThat(describe(PageMatcher.match(pages("n", "a", "n", "b"), pages("n", "c", "b", "n"))))
        .isEqualTo("changed [2] moved [4>3, 3>4] added [] removed []");
  }

  @Test
  void aChangedPageThatAlsoShiftedIsAChangeAndTheRestMove() {
    assertThat(describe(PageMatcher.match(pages("a", "b", "c"), pages("a", "q", "x", "c"))))
        .isEqualTo("changed [2] moved [3>4] added [3] removed []");
  }
}
