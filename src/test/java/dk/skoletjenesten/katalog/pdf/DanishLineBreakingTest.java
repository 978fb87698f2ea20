package dk.skoletjenesten.katalog.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;

class DanishLineBreakingTest {

  @Test
  void anEmailAddressBreaksAfterTheAtSignAndBeforeHyphensButNotBeforeTheTopLevelDomain() {
    assertThat(lines("booking@naturformidlingen-i-hilleroed-kommune.dk", null))
        .isEqualTo("booking@|naturformidlingen|-i|-hilleroed|-kommune.dk|");
  }

  @Test
  void aWebAddressBreaksAfterTheSlashAndBeforeInnerDotsAndHyphens() {
    assertThat(lines("skoletjenesten.dk/demokrativaerkstedet-paa-raadhus", null))
        .isEqualTo("skoletjenesten.dk/|demokrativaerkstedet|-paa|-raadhus|");
    assertThat(lines("booking@vaerkstedet.kk.dk", null)).isEqualTo("booking@|vaerkstedet|.kk.dk|");
  }

  @Test
  void theRestOfAnAddressAfterALineBreakStillBreaksBeforeItsHyphens() {
    assertThat(lines("demokrativaerkstedet-paa-koebenhavns-raadhus", "da"))
        .isEqualTo("demokrativaerkstedet|-paa|-koebenhavns|-raadhus|");
    assertThat(lines("koebenhavns-raadhus.dk", null)).isEqualTo("koebenhavns|-raadhus.dk|");
  }

  @Test
  void twoWordsJoinedByASlashAreNotBrokenAtTheSlash() {
    assertThat(lines("Biologi · Fysik/kemi", null))
        .doesNotContain("Fysik|/")
        .doesNotContain("/|kemi");
  }

  @Test
  void addressesInDanishTextAreNotHyphenatedWhileTheWordsAroundThemAre() {
    assertThat(lines("Skriv til booking@kulturhistoriske.dk", "da"))
        .isEqualTo("Skriv |til |booking@|kulturhistoriske.dk|");
    assertThat(lines("kulturhistoriske", "da")).contains("~");
  }

  /** The text with {@code |} at each break point and {@code ~} at each hyphenation point. */
  private static String lines(String text, String lang) {
    BreakPointsProvider provider =
        new DanishLineBreaking().getBreakPointsProvider(text, lang, null);
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (BreakPoint p = provider.next(); p.getPosition() >= 0; p = provider.next()) {
      out.append(text, last, p.getPosition())
          .append(p.getHyphen() == null || p.getHyphen().isEmpty() ? "|" : "~");
      last = p.getPosition();
    }
    return out.toString();
  }
}
