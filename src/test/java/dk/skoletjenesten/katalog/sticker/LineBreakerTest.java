package dk.skoletjenesten.katalog.sticker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
  /** One millimetre per character: widths are easy to follow. */
  private static double width(String text) {
    return text.length();
  }

  @Test
  void prepositionsArticlesAndTheMunicipalityBindToWhatFollows() {
    assertThat(LineBreaker.units("Find alle tilbud i Hjørring Kommune", "Hjørring Kommune"))
        .containsExactly("Find", "alle tilbud", "i Hjørring Kommune");
    assertThat(LineBreaker.units("Se alle tilbud til skolerne i Struer Kommune", ""))
        .containsExactly("Se", "alle tilbud", "til skolerne", "i Struer Kommune");
    assertThat(LineBreaker.units("Besøg Museum Sønderjylland og Aabenraa", "Museum Sønderjylland"))
        .containsExactly("Besøg", "Museum Sønderjylland", "og Aabenraa");
  }

  @Test
  void balancingShrinksEveryLinesRoomUntilTheTextNeedsAnotherLine() {
    List<String> units = List.of("Find", "alle tilbud", "i Hjørring Kommune");

    assertThat(LineBreaker.balance(units, new double[] {40, 40}, LineBreakerTest::width))
        .contains(List.of("Find alle tilbud", "i Hjørring Kommune"));
    assertThat(LineBreaker.balance(units, new double[] {30}, LineBreakerTest::width)).isEmpty();
    assertThat(LineBreaker.balance(units, new double[] {40, 40, 40}, LineBreakerTest::width))
        .as("the 18 mm unit keeps the balanced lines at two")
        .isEmpty();
    assertThat(LineBreaker.balance(units, new double[] {12, 12, 18}, LineBreakerTest::width))
        .contains(List.of("Find", "alle tilbud", "i Hjørring Kommune"));
  }

  @Test
  void greedyFillingWouldLeaveAShortLastLineBalancingDoesNot() {
    List<String> units = List.of("aaaa", "bbbb", "cccc", "dddd", "eeee");

    List<String> lines =
        LineBreaker.balance(units, new double[] {20, 20}, LineBreakerTest::width).orElseThrow();

    assertThat(lines).containsExactly("aaaa bbbb cccc", "dddd eeee");
    assertThat(LineBreaker.balanceOf(lines, LineBreakerTest::width))
        .isGreaterThanOrEqualTo(LineBreaker.MIN_BALANCE);
  }
}
