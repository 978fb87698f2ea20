package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.Views.OverviewGroup;
import dk.skoletjenesten.katalog.catalogue.Views.OverviewPlace;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColumnsTest {

  @Test
  void aLongGroupBreaksBetweenPlacesSoTheColumnsAreEquallyLong() {
    List<OverviewGroup> groups = List.of(group("Museer", 2), group("Naturcentre", 40));

    List<List<OverviewGroup>> columns = Columns.balance(groups);

    int left = Columns.lines(columns.get(0));
    int right = Columns.lines(columns.get(1));
    assertThat(Math.abs(left - right)).as(left + " against " + right).isLessThanOrEqualTo(2);
    assertThat(columns.get(1).get(0).heading()).isEqualTo("Naturcentre");
    assertThat(columns.get(1).get(0).continued()).isTrue();
    assertThat(columns.get(0).get(1).continued()).isFalse();
    int places = columns.stream().flatMap(List::stream).mapToInt(g -> g.places().size()).sum();
    assertThat(places).isEqualTo(42);
  }

  @Test
  void aGroupKeepsAtLeastTwoPlacesOnEachSideOfTheBreak() {
    List<OverviewGroup> groups = List.of(group("A", 5), group("B", 3), group("C", 5));

    for (OverviewGroup g : Columns.balance(groups).stream().flatMap(List::stream).toList()) {
      assertThat(g.places().size()).as(g.heading()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void longNamesCountTheirLines() {
    OverviewGroup wide =
        new OverviewGroup("A", false, List.of(place("x".repeat(3 * Columns.CHARS_PER_LINE))));
    assertThat(Columns.lines(List.of(wide))).isEqualTo(Columns.HEADING_LINES + 3);
  }

  @Test
  void anOverviewIsSetDenseOnlyWhenItsLongerColumnOutgrowsAPage() {
    // the sample's largest section: 58 places with short names fit the normal size
    assertThat(section(List.of(group("Naturcentre", 40), group("Museer", 18))).overviewDense())
        .isFalse();
    // 48 places, half of them with names of three lines (as in the second registry)
    List<OverviewPlace> places =
        IntStream.range(0, 48)
            .mapToObj(
                i ->
                    place(
                        i % 2 == 0
                            ? "Naturskolen " + i
                            : "Naturcenter og Videncenter for Undervisning i Eksterne Miljøer "
                                + i))
            .toList();
    assertThat(section(List.of(new OverviewGroup("Naturcentre", false, places))).overviewDense())
        .isTrue();
  }

  @Test
  void anOverviewOnOnePageIsTheBalancedColumns() {
    List<OverviewGroup> groups = List.of(group("Museer", 20), group("Arkiver", 15));

    assertThat(Columns.pages(groups)).containsExactly(Columns.balance(groups));
  }

  @Test
  void aLargeSectionsOverviewRunsOnOverPagesOfFullColumnsAndKeepsEveryPlaceInOrder() {
    // the 6x registry's section 3 had about 500 places: its overview ran over four pages, and the
    // first line of each column that crossed a page break was clipped
    List<OverviewGroup> groups =
        List.of(group("Museer", 120), group("Arkiver", 7), group("Herregårde", 60));

    List<List<List<OverviewGroup>>> pages = Columns.pages(groups);

    // 187 places and 3 group heads: 193 lines, more than the first page's 2 x 56 lines hold
    assertThat(pages).hasSize(2);
    for (int p = 0; p < 2; p++) {
      for (List<OverviewGroup> column : pages.get(p)) {
        assertThat(Columns.lines(column))
            .as("page %d as full as the other, not a remnant", p + 1)
            .isLessThanOrEqualTo(p == 0 ? Columns.FIRST_LINES : Columns.NEXT_LINES)
            .isGreaterThan(40);
      }
    }
    List<String> names =
        pages.stream()
            .flatMap(p -> p.stream())
            .flatMap(c -> c.stream())
            .flatMap(g -> g.places().stream())
            .map(OverviewPlace::name)
            .toList();
    assertThat(names)
        .isEqualTo(
            groups.stream().flatMap(g -> g.places().stream()).map(OverviewPlace::name).toList());
    OverviewGroup secondColumnHead = pages.get(0).get(1).get(0);
    assertThat(secondColumnHead.heading()).isEqualTo("Museer");
    assertThat(secondColumnHead.continued()).isTrue();
    assertThat(section(groups).overviewDense()).isTrue();
  }

  private static Views.SectionPart section(List<OverviewGroup> groups) {
    return new Views.SectionPart(
        "NATUR", 5, "s-5", "Naturfag", 0, 0, null, List.of(Columns.balance(groups)), List.of());
  }

  private static OverviewGroup group(String heading, int places) {
    return new OverviewGroup(
        heading,
        false,
        IntStream.range(0, places).mapToObj(i -> place(heading + " " + i)).toList());
  }

  private static OverviewPlace place(String name) {
    return new OverviewPlace(name, "p-" + name.hashCode(), List.of(true, false, true, false, true));
  }
}
