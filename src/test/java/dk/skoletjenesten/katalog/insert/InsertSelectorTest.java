package dk.skoletjenesten.katalog.insert;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsertSelectorTest {
  private static final Registry REGISTRY =
      RegistryReader.read(Path.of("src/test/resources/registry/valid-csv"))
          .registry()
          .orElseThrow();

  private static InsertOrder order(
      boolean located, List<String> institutions, List<String> offers, List<String> excluded) {
    return new InsertOrder(
        "orders/inserts/t.json",
        580,
        null,
        null,
        null,
        null,
        located,
        institutions,
        offers,
        excluded,
        null,
        null);
  }

  private static List<String> offerIds(InsertSelection selection) {
    return selection.places().stream().flatMap(p -> p.offers().stream()).map(Offer::id).toList();
  }

  @Test
  void insertSelectsOffersLocatedInMunicipality() {
    InsertSelection selection =
        InsertSelector.select(REGISTRY, order(true, List.of(), List.of(), List.of()));

    assertThat(offerIds(selection)).containsExactly("arkiv-kilder");
  }

  @Test
  void locatedIsOffUnlessTheOrderSaysSo() {
    InsertSelection selection =
        InsertSelector.select(
            REGISTRY, order(false, List.of(), List.of("naturskole-strand"), List.of()));

    assertThat(offerIds(selection)).containsExactly("naturskole-strand");
  }

  @Test
  void listedInstitutionsBringAllTheirOffersAndListedOffersOnlyThemselves() {
    InsertSelection selection =
        InsertSelector.select(
            REGISTRY, order(false, List.of("sagnlandet"), List.of("thorvaldsen-myter"), List.of()));

    assertThat(offerIds(selection))
        .containsExactly("thorvaldsen-myter", "sagnlandet-jernalder", "sagnlandet-dyr");
  }

  @Test
  void excludedOffersAreLeftOutAndAPlaceWithoutOffersDisappears() {
    InsertSelection selection =
        InsertSelector.select(
            REGISTRY,
            order(
                true,
                List.of("sagnlandet"),
                List.of(),
                List.of("sagnlandet-dyr", "sagnlandet-jernalder")));

    assertThat(selection.places())
        .extracting(p -> p.institution().id())
        .containsExactly("aabenraa-arkiv");
  }

  @Test
  void placesArePrintedBySectionThenName() {
    InsertSelection selection = InsertSelector.select(REGISTRY, REGISTRY.insertOrders().get(0));

    assertThat(selection.places())
        .extracting(p -> p.institution().id())
        .containsExactly("sagnlandet", "hjoerring-naturskole", "aabenraa-arkiv");
    assertThat(selection.offerCount()).isEqualTo(3);
  }

  @Test
  void anEmptySelectionIsEmpty() {
    assertThat(
            InsertSelector.select(REGISTRY, order(false, List.of(), List.of(), List.of()))
                .isEmpty())
        .isTrue();
  }

  @Test
  void headlineRoundsTheCountDownToATen() {
    assertThat(Headline.forPlaces(72, "Aabenraa Kommune"))
        .isEqualTo("Mere end 70 steder at tage hen med åben skole i Aabenraa Kommune");
    assertThat(Headline.forPlaces(70, "Aabenraa Kommune"))
        .isEqualTo("70 steder at tage hen med åben skole i Aabenraa Kommune");
    assertThat(Headline.forPlaces(14, "Struer Kommune"))
        .isEqualTo("14 steder at tage hen med åben skole i Struer Kommune");
    assertThat(Headline.forPlaces(1, "Struer Kommune"))
        .isEqualTo("Ét sted at tage hen med åben skole i Struer Kommune");
  }
}
