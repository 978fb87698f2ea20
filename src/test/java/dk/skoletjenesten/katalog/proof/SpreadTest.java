package dk.skoletjenesten.katalog.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpreadTest {
  @Test
  void aBookOpensWithPageOneAloneOnTheRight() {
    assertThat(Spread.ofBook(1)).hasToString("[-|1]");
    assertThat(Spread.ofBook(5)).hasToString("[-|1, 2|3, 4|5]");
  }

  @Test
  void anEvenCountEndsWithTheLastPageAloneOnTheLeft() {
    assertThat(Spread.ofBook(6)).hasToString("[-|1, 2|3, 4|5, 6|-]");
    assertThat(Spread.ofBook(192)).hasSize(97);
    assertThat(Spread.ofBook(192).get(96)).hasToString("192|-");
  }

  @Test
  void aBookHasPages() {
    assertThatThrownBy(() -> Spread.ofBook(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a book has at least one page, got 0");
  }
}
