package dk.skoletjenesten.katalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferFormatTest {

  @Test
  void gradesPrintAsARangeWithAnEnDash() {
    assertThat(OfferFormat.audience(offer(List.of(Stage.MELLEMTRIN), 4, 6))).isEqualTo("4.–6. kl.");
    assertThat(OfferFormat.audience(offer(List.of(Stage.INDSKOLING), 0, 0))).isEqualTo("0. kl.");
  }

  @Test
  void stagesWithoutGradesPrintAsWords() {
    assertThat(OfferFormat.audience(offer(List.of(Stage.DAGTILBUD), null, null)))
        .isEqualTo("Dagtilbud");
    assertThat(OfferFormat.audience(offer(List.of(Stage.MELLEMTRIN, Stage.UDSKOLING), null, null)))
        .isEqualTo("Mellemtrin, udskoling");
    assertThat(
            OfferFormat.audience(offer(List.of(Stage.UDSKOLING, Stage.UNGDOMSUDDANNELSE), 8, 10)))
        .isEqualTo("8.–10. kl., ungdomsuddannelser");
  }

  @Test
  void durationsPrintTheDanishWay() {
    assertThat(OfferFormat.duration(45)).isEqualTo("45 min.");
    assertThat(OfferFormat.duration(60)).isEqualTo("1 time");
    assertThat(OfferFormat.duration(90)).isEqualTo("1½ time");
    assertThat(OfferFormat.duration(120)).isEqualTo("2 timer");
    assertThat(OfferFormat.duration(100)).isEqualTo("1 t. 40 min.");
    assertThat(OfferFormat.duration(360)).isEqualTo("Heldag");
    assertThat(OfferFormat.duration(960)).isEqualTo("2 dage");
  }

  @Test
  void priceIsGratisForZeroAndKronerWithThousandsSeparator() {
    assertThat(OfferFormat.price(0)).isEqualTo("Gratis");
    assertThat(OfferFormat.price(825)).isEqualTo("825 kr.");
    assertThat(OfferFormat.price(1250)).isEqualTo("1.250 kr.");
  }

  private static Offer offer(List<Stage> stages, Integer from, Integer to) {
    return new Offer(
        "o",
        "i",
        "Titel",
        null,
        stages,
        from,
        to,
        List.of(),
        List.of(),
        60,
        0,
        null,
        null,
        "https://www.skoletjenesten.dk/o",
        false);
  }
}
