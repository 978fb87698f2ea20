package dk.skoletjenesten.katalog.insert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsertPagesTest {

  @Test
  void pagesRoundUpToFourEightTwelveOrSixteen() {
    assertThat(InsertPages.padded(1)).hasValue(4);
    assertThat(InsertPages.padded(4)).hasValue(4);
    assertThat(InsertPages.padded(5)).hasValue(8);
    assertThat(InsertPages.padded(9)).hasValue(12);
    assertThat(InsertPages.padded(13)).hasValue(16);
    assertThat(InsertPages.padded(16)).hasValue(16);
  }

  @Test
  void moreThanSixteenPagesDoNotStitchIntoTheCatalogue() {
    assertThat(InsertPages.padded(17)).isEmpty();
  }
}
