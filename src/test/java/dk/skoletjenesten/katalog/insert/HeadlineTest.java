package dk.skoletjenesten.katalog.insert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {

  @Test
  void countsRoundDownToATenSoTheHeadlineIsNeverFalse() {
    assertThat(Headline.forPlaces(72, "Aabenraa Kommune"))
        .isEqualTo("Mere end 70 steder at tage hen med åben skole i Aabenraa Kommune");
    assertThat(Headline.forPlaces(70, "Aabenraa Kommune"))
        .isEqualTo("70 steder at tage hen med åben skole i Aabenraa Kommune");
    assertThat(Headline.forPlaces(13, "Lejre Kommune"))
        .isEqualTo("13 steder at tage hen med åben skole i Lejre Kommune");
    assertThat(Headline.forPlaces(1, "Lejre Kommune"))
        .isEqualTo("Ét sted at tage hen med åben skole i Lejre Kommune");
  }
}
