package dk.skoletjenesten.katalog.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.chart.ChartRules;
import org.junit.jupiter.api.Test;

class ChartPaletteTest {
  @Test
  void houseColoursAreTwelveDistinctProcessColoursUnder300PercentInk() {
    assertThat(ChartPalette.HOUSE).hasSize(ChartRules.MAX_SLICES).doesNotHaveDuplicates();
    assertThat(ChartPalette.HOUSE).allSatisfy(c -> assertThat(c.inkPercent()).isLessThan(300));
  }

  @Test
  void textIsBlackInkOnly() {
    assertThat(ChartPalette.TEXT).isEqualTo(new CmykColour(0, 0, 0, 1));
    assertThat(ChartPalette.SOURCE.black()).isGreaterThanOrEqualTo(0.6f);
  }

  @Test
  void inksOutsideZeroToOneAreRefused() {
    assertThatThrownBy(() -> new CmykColour(0, 1.2f, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("magenta must be from 0 to 1, got 1.2");
  }
}
