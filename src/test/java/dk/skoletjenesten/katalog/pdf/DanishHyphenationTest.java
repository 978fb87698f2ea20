package dk.skoletjenesten.katalog.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The splits the TeX hyph-da patterns give, with three letters kept on each side of a break. */
class DanishHyphenationTest {

  @Test
  void wordsBreakWhereTheDanishPatternsSay() {
    assertThat(hyphenated("undervisning")).isEqualTo("under-vis-ning");
    assertThat(hyphenated("undervisningsforløb")).isEqualTo("under-vis-nings-for-løb");
    assertThat(hyphenated("skoletjenesten")).isEqualTo("sko-le-tje-ne-sten");
    assertThat(hyphenated("kulturhistoriske")).isEqualTo("kul-tur-hi-sto-ri-ske");
    assertThat(hyphenated("naturvidenskab")).isEqualTo("natur-vi-den-skab");
    assertThat(hyphenated("læreplaner")).isEqualTo("lære-pla-ner");
    assertThat(hyphenated("arkitektur")).isEqualTo("arki-tek-tur");
  }

  @Test
  void capitalsAreHyphenatedLikeSmallLetters() {
    assertThat(hyphenated("Københavns")).isEqualTo("Køben-havns");
  }

  @Test
  void atLeastThreeLettersStayOnEachSideOfABreak() {
    assertThat(hyphenated("kommune")).isEqualTo("kom-mune");
    assertThat(hyphenated("elever")).isEqualTo("ele-ver");
    assertThat(hyphenated("museum")).isEqualTo("museum");
    assertThat(hyphenated("klasse")).isEqualTo("klasse");
  }

  /** The word with a hyphen at each break point. */
  private static String hyphenated(String word) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int at : DanishHyphenation.breaks(word)) {
      out.append(word, last, at).append('-');
      last = at;
    }
    return out.append(word.substring(last)).toString();
  }
}
