package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.IndexPages.Group;
import dk.skoletjenesten.katalog.catalogue.IndexPages.Item;
import dk.skoletjenesten.katalog.catalogue.Views.IndexColumn;
import dk.skoletjenesten.katalog.catalogue.Views.IndexFrame;
import dk.skoletjenesten.katalog.catalogue.Views.IndexPage;
import dk.skoletjenesten.katalog.catalogue.Views.IndexRow;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Line breaking and column filling of the indexes, on a grid of 2 columns of 10 lines. */
class IndexPagesTest {
  /** Every character 1 mm wide. */
  private static final TextWidth MONO = (text, black, sizePt) -> text.length();

  /** 2 columns of 30 mm: names 30 - 5.5 - 5 × 2.5 = 12 mm; 6 lines on the first page, 10 after. */
  private static final IndexFrame FRAME =
      new IndexFrame(2, 30, 5, 3.5, 7.5, 8, 30, 2.5, 5.5, 2.5, 6, 10);

  private final IndexPages pages = new IndexPages(FRAME, MONO);

  @Test
  void anA4PageTakesThreeColumnsAndAnA5PageTwo() {
    IndexFrame a4 = IndexPages.frame(new PageGeometry(210, 297, 3), PageFrame.CATALOGUE);
    IndexFrame a5 = IndexPages.frame(new PageGeometry(148, 210, 3), PageFrame.CATALOGUE);
    assertThat(a4.columns()).isEqualTo(3);
    assertThat(a5.columns()).isEqualTo(2);
    assertThat(a4.lines()).isEqualTo(74);
    assertThat(a4.firstLines()).isEqualTo(65);
  }

  @Test
  void namesBreakAtSpacesAndAWordTooLongForALineIsSplitWithAHyphen() {
    // 12 mm less the 1 mm safety: 11 characters, 8.5 on the indented lines
    assertThat(pages.wrap("Museum ved Fjorden", false, 7.5, 12, 2.5))
        .containsExactly("Museum ved", "Fjorden");
    assertThat(pages.wrap("Ordkunstnerlaboratorium", false, 7.5, 12, 2.5))
        .containsExactly("Ordkunstne-", "rlabora-", "torium");
    assertThat(pages.wrap("Kort navn", false, 7.5, 12, 2.5)).containsExactly("Kort navn");
  }

  @Test
  void aHeadNeverEndsAColumnAndNoColumnOverflows() {
    List<IndexPage> set = pages.pages(groups(4, 3, 5, 1, 7, 2), true);
    for (int p = 0; p < set.size(); p++) {
      for (IndexColumn column : set.get(p).columns()) {
        List<IndexRow> rows = column.rows();
        assertThat(rows.get(rows.size() - 1).head()).isFalse();
        int lines = 1 + rows.stream().mapToInt(IndexRow::height).sum(); // 1: the stage marks
        assertThat(lines).isLessThanOrEqualTo(p == 0 ? FRAME.firstLines() : FRAME.lines());
      }
    }
  }

  @Test
  void aGroupRunningOnIntoTheNextColumnStartsThereWithItsHeadAndFortsat() {
    List<IndexColumn> columns = columns(pages.pages(groups(12, 2), true));
    assertThat(columns.get(0).rows().get(0).lines()).containsExactly("Gruppe 1");
    assertThat(columns.get(1).rows().get(0).lines()).containsExactly("Gruppe 1 (fortsat)");
    for (IndexColumn column : columns) {
      assertThat(column.rows().get(0).head()).isTrue();
      assertThat(column.rows().get(0).spaced()).isFalse();
    }
  }

  @Test
  void theLastEntryOfAGroupDoesNotStandAloneAtTheTopOfAColumn() {
    // 5 lines below the marks on the first page: head + 4 entries; the 5th is the group's last
    for (IndexColumn column : columns(pages.pages(groups(5), true))) {
      long entries = column.rows().stream().filter(r -> !r.head()).count();
      assertThat(entries).isGreaterThan(1);
    }
  }

  @Test
  void aSmallGroupIsNotSplitOverTwoColumns() {
    // 5 lines on the first page: 2 for group 1, the 3 left are too few for group 2 (head + 4)
    List<IndexColumn> columns = columns(pages.pages(groups(1, 4), true));
    assertThat(columns.get(0).rows()).hasSize(2);
    assertThat(columns.get(1).rows()).hasSize(5);
  }

  @Test
  void theColumnsOfTheLastPageAreBalanced() {
    List<IndexPage> set = pages.pages(groups(20, 8), true);
    List<IndexColumn> last = set.get(set.size() - 1).columns();
    assertThat(last).hasSize(2);
    int first = last.get(0).rows().stream().mapToInt(IndexRow::height).sum();
    int second = last.get(1).rows().stream().mapToInt(IndexRow::height).sum();
    assertThat(Math.abs(first - second)).isLessThanOrEqualTo(2);
  }

  @Test
  void aPageNamesTheFirstAndLastGroupOnItForTheRunningHead() {
    List<IndexPage> set = pages.pages(groups(3, 3, 3, 3, 3), true);
    assertThat(set.get(0).range()).isEqualTo("Gruppe 1 – Gruppe 2");
  }

  /** Groups "Gruppe 1", "Gruppe 2", ... of that many places with short names. */
  private static List<Group> groups(int... sizes) {
    List<Group> groups = new ArrayList<>();
    for (int g = 0; g < sizes.length; g++) {
      int n = g + 1;
      List<Item> items =
          IntStream.rangeClosed(1, sizes[g])
              .mapToObj(i -> new Item("Sted " + n + "." + i, "p-" + n + "-" + i, marks()))
              .toList();
      groups.add(new Group("Gruppe " + n, items));
    }
    return groups;
  }

  private static List<Boolean> marks() {
    return List.of(true, false, true, false, false);
  }

  private static List<IndexColumn> columns(List<IndexPage> set) {
    return set.stream().flatMap(p -> p.columns().stream()).toList();
  }
}
