package dk.skoletjenesten.katalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewLayerTest {
  @Test
  void danishIntegersHaveAThousandsDot() {
    assertThat(Danish.integer(825)).isEqualTo("825");
    assertThat(Danish.integer(17500)).isEqualTo("17.500");
  }

  @Test
  void theSingularIsForOneOnly() {
    assertThat(Danish.plural(1, "sted", "steder")).isEqualTo("sted");
    assertThat(Danish.plural(0, "sted", "steder")).isEqualTo("steder");
    assertThat(Danish.plural(72, "sted", "steder")).isEqualTo("steder");
  }

  @Test
  void danishCollationPutsTheDanishLettersLast() {
    assertThat(List.of("Århus", "Ærø", "Zoo", "Ølstykke").stream().sorted(Danish.collator()))
        .containsExactly("Zoo", "Ærø", "Ølstykke", "Århus");
  }

  @Test
  void cssLengthsHaveNoTrailingZeros() {
    assertThat(Css.mm(3.0)).isEqualTo("3mm");
    assertThat(Css.mm(151.5)).isEqualTo("151.5mm");
  }

  @Test
  void offersPrintInRowsWhoseLastMayHoldFewer() {
    OfferView a = offer("A");
    OfferView b = offer("B");
    OfferView c = offer("C");
    PlaceView place =
        new PlaceView(
            "i-1",
            "Sted",
            "Museer",
            "Aarhus Kommune",
            "Vej 1",
            "8000 Aarhus C",
            null,
            null,
            null,
            "sted.dk",
            "https://sted.dk",
            Artwork.qrCode("https://sted.dk"),
            null,
            false,
            List.of(a, b, c));
    assertThat(place.offerRows(2)).containsExactly(List.of(a, b), List.of(c));
  }

  @Test
  void aScreenEditionLinksOnlyHttpsAddressesAndEmailAsMailto() {
    assertThat(PlaceView.linkable("https://sted.dk/a")).isEqualTo("https://sted.dk/a");
    assertThat(PlaceView.linkable("HTTPS://sted.dk")).isEqualTo("HTTPS://sted.dk");
    assertThat(PlaceView.linkable("http://sted.dk")).isNull();
    assertThat(PlaceView.linkable("ftp://sted.dk")).isNull();
    assertThat(PlaceView.linkable(null)).isNull();
  }

  private static OfferView offer(String title) {
    return new OfferView(title, null, "4.–6. kl.", "Historie", "1 time", "Gratis", null, false);
  }
}
