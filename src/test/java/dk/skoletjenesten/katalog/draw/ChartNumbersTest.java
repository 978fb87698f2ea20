package dk.skoletjenesten.katalog.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartNumbersTest {
  @Test
  void thousandsTakeAPointAndDecimalsAComma() {
    assertThat(ChartNumbers.number(218291)).isEqualTo("218.291");
    assertThat(ChartNumbers.number(3.5)).isEqualTo("3,5");
    assertThat(ChartNumbers.number(1234567.891)).isEqualTo("1.234.567,89");
  }

  @Test
  void atMostTwoDecimalsRoundedHalfUpWithoutTrailingZeros() {
    assertThat(ChartNumbers.number(0.125)).isEqualTo("0,13");
    assertThat(ChartNumbers.number(48.0)).isEqualTo("48");
    assertThat(ChartNumbers.number(2.50)).isEqualTo("2,5");
  }

  @Test
  void theUnitFollowsAfterASpaceThePercentSignToo() {
    assertThat(ChartNumbers.withUnit(48, "%")).isEqualTo("48 %");
    assertThat(ChartNumbers.withUnit(3.5, "%")).isEqualTo("3,5 %");
    assertThat(ChartNumbers.withUnit(5894, "børn og unge")).isEqualTo("5.894 børn og unge");
    assertThat(ChartNumbers.withUnit(406, "")).isEqualTo("406");
  }

  @Test
  void messagesQuoteValuesAsTheDataWritesThem() {
    assertThat(ChartNumbers.asWritten(-3)).isEqualTo("-3");
    assertThat(ChartNumbers.asWritten(-3.5)).isEqualTo("-3.5");
    assertThat(ChartNumbers.asWritten(218291)).isEqualTo("218291");
  }
}
