package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.Views.Entry;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.OfferView;
import dk.skoletjenesten.katalog.format.PlaceView;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ViewsTest {
  @Test
  void anEntryKeepsTwoOfferLinesWithItsHeadAndTheLastTwoTogether() {
    Entry five = entry(5);
    assertThat(titles(five.firstOffers())).containsExactly("1", "2");
    assertThat(titles(five.middleOffers())).containsExactly("3");
    assertThat(titles(five.lastOffers())).containsExactly("4", "5");
    Entry three = entry(3);
    assertThat(titles(three.firstOffers())).containsExactly("1", "2");
    assertThat(three.middleOffers()).isEmpty();
    assertThat(titles(three.lastOffers())).containsExactly("3");
    Entry one = entry(1);
    assertThat(titles(one.firstOffers())).containsExactly("1");
    assertThat(one.middleOffers()).isEmpty();
    assertThat(one.lastOffers()).isEmpty();
  }

  @Test
  void aShortEntryIsKeptWholeAndALongOneSplitsBetweenOfferRows() {
    assertThat(entry(2).keptWhole()).isTrue();
    // three rows are over the threshold: a kept-whole entry leaves at most its height empty
    assertThat(entry(3).keptWhole()).isFalse();
    assertThat(entry(8).keptWhole()).isFalse();
  }

  @Test
  void themesThatContainCommasAreSeparatedByMiddleDots() {
    OfferView o =
        new OfferView(
            "Leg",
            null,
            "Dagtilbud",
            "Kultur, æstetik og fællesskab, Natur, udeliv og science",
            "1 time",
            "Gratis",
            null,
            false,
            List.of("Kultur, æstetik og fællesskab", "Natur, udeliv og science"));
    assertThat(o.topicsJoined(" · "))
        .isEqualTo("Kultur, æstetik og fællesskab · Natur, udeliv og science");
  }

  @Test
  void aTeaserRunsInAfterItsTitleWithinTheTwoLinesOfTheTitleColumn() {
    String teaser =
        "Eleverne undersøger lyset i nordisk maleri og de store skift i farverne gennem"
            + " hundrede år, og bagefter maler de selv.";
    // the topics take two lines of their column, so the row is two lines high anyway
    OfferView o =
        new OfferView(
            "Nordisk lys",
            teaser,
            "4. kl.",
            "Billedkunst, Historie, Dansk",
            "1 time",
            "Gratis",
            null,
            false);
    String shown = entry(1).teaser(o);
    assertThat(shown).endsWith("…").startsWith("Eleverne undersøger lyset");
    assertThat(o.title().length() + 1 + shown.length())
        .isLessThanOrEqualTo(Entry.RUN_IN_CHARS)
        .isGreaterThan(Entry.ONE_LINE_CHARS);
  }

  @Test
  void aTeaserTakesOnlyTheTitlesLineWhenTheRestOfTheRowIsOneLine() {
    String teaser =
        "Eleverne undersøger lyset i nordisk maleri og de store skift i farverne gennem"
            + " hundrede år, og bagefter maler de selv.";
    OfferView oneLine =
        new OfferView(
            "Nordisk lys", teaser, "4. kl.", "Billedkunst", "1 time", "Gratis", null, false);
    String shown = entry(1).teaser(oneLine);
    assertThat(shown).endsWith("…").startsWith("Eleverne undersøger");
    assertThat(oneLine.title().length() + 1 + shown.length())
        .isLessThanOrEqualTo(Entry.ONE_LINE_CHARS);
    // a price note takes a line of its own: the teaser may use the second line too
    OfferView noted =
        new OfferView(
            "Nordisk lys",
            teaser,
            "4. kl.",
            "Billedkunst",
            "1 time",
            "Gratis",
            "pr. klasse",
            false);
    assertThat(entry(1).teaser(noted).length()).isGreaterThan(shown.length());
    // a long title leaves too little of its line: the teaser is not cut to a stub
    OfferView longTitle =
        new OfferView(
            "Landbruget før og nu i Aakirkeby og omegn",
            teaser,
            "4. kl.",
            "Historie",
            "1 time",
            "Gratis",
            null,
            false);
    assertThat(entry(1).teaser(longTitle).length())
        .isGreaterThanOrEqualTo(Entry.MIN_TEASER_CHARS - 1);
  }

  @Test
  void aNotesPageRulesTheHeightBetweenTheMarginsBelowItsTitle() {
    assertThat(PageFrame.CATALOGUE.noteLines(297)).isEqualTo(23);
    assertThat(PageFrame.CATALOGUE.noteLines(210)).isEqualTo(13);
    assertThat(PageFrame.CATALOGUE.noteLines(80)).isEqualTo(1);
    assertThat(PageFrame.CATALOGUE.rulePitch()).isEqualTo("9.5mm");
  }

  private static Entry entry(int offers) {
    List<OfferView> views =
        IntStream.rangeClosed(1, offers)
            .mapToObj(
                i ->
                    new OfferView(
                        "" + i, null, "4. kl.", "Historie", "1 time", "Gratis", null, false))
            .toList();
    return new Entry(
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
            views));
  }

  private static List<String> titles(List<OfferView> offers) {
    return offers.stream().map(OfferView::title).toList();
  }
}
