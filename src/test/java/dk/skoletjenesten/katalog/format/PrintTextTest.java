package dk.skoletjenesten.katalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintTextTest {
  @Test
  void quotesApostrophesAndYearRangesAreTypesetTheDanishWay() {
    assertThat(PrintText.clean("Forløbet \"Byen\" om 1990'erne, FN's mål og 1940-45."))
        .isEqualTo("Forløbet »Byen« om 1990’erne, FN’s mål og 1940–45.");
  }

  @Test
  void datesNumbersAndUnpairedQuotesAreLeftAsWritten() {
    assertThat(PrintText.clean("2018-08-13, 38 47-53, 12-14 år, et \"halvt citat"))
        .isEqualTo("2018-08-13, 38 47-53, 12-14 år, et \"halvt citat");
  }

  @Test
  void markdownTextIsTypesetButItsLinksAreNot() {
    assertThat(Markdown.toXhtml("Se [\"Byen\"](https://x.dk/a'b \"titel\") fra 1990'erne."))
        .isEqualTo(
            "<p lang=\"da\">Se <a href=\"https://x.dk/a'b\" title=\"titel\" lang=\"da\">»Byen«</a>"
                + " fra 1990’erne.</p>\n");
  }

  @Test
  void displayLinesKeepParticleVerbsAndTheLastTwoWordsTogether() {
    assertThat(
            PrintText.display("Mere end 70 steder at tage hen med åben skole i Aabenraa Kommune"))
        .isEqualTo("Mere end 70 steder at tage\u00A0hen med åben skole i Aabenraa\u00A0Kommune");
    assertThat(PrintText.display("Museer")).isEqualTo("Museer");
  }

  @Test
  void aLongTextIsShortenedToItsFirstSentencesOrAtAWordBoundaryWithAnEllipsis() {
    String text = "Eleverne møder kunsten. De arbejder selv med ler, farver og tryk i værkstedet.";
    assertThat(PrintText.shorten(text, 200)).isEqualTo(text);
    assertThat(PrintText.shorten(text, 40)).isEqualTo("Eleverne møder kunsten.");
    assertThat(PrintText.shorten(text, 60))
        .isEqualTo("Eleverne møder kunsten. De arbejder selv med ler, farver…");
    assertThat(PrintText.shorten("Om byen, havnen og skibene", 16)).isEqualTo("Om byen, havnen…");
    assertThat(PrintText.shorten("Om byen, havnen", 9)).isEqualTo("Om byen…");
  }
}
