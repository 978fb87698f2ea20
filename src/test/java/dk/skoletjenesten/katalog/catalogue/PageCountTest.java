package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.registry.PrintSpec.Binding;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PageCountTest {

  @Test
  void saddleStitchRoundsUpToAMultipleOfFour() {
    assertThat(PageCount.padded(1, Binding.SADDLE_STITCH)).isEqualTo(4);
    assertThat(PageCount.padded(97, Binding.SADDLE_STITCH)).isEqualTo(100);
    assertThat(PageCount.padded(100, Binding.SADDLE_STITCH)).isEqualTo(100);
    assertThat(PageCount.padded(127, Binding.SADDLE_STITCH)).isEqualTo(128);
  }

  @Test
  void perfectBindingAlwaysRoundsUpToWholeSignaturesOfSixteen() {
    assertThat(PageCount.padded(138, Binding.PERFECT)).isEqualTo(144);
    assertThat(PageCount.padded(144, Binding.PERFECT)).isEqualTo(144);
    assertThat(PageCount.padded(129, Binding.PERFECT)).isEqualTo(144);
    assertThat(PageCount.padded(193, Binding.PERFECT)).isEqualTo(208);
  }

  @Test
  void spineIsHalfThePagesTimesTheCaliper() {
    assertThat(PageCount.spineWidthMm(128, 0.1)).isEqualTo(6.4, Offset.offset(1e-9));
  }

  @Test
  void refusesAnEmptyBook() {
    assertThatThrownBy(() -> PageCount.padded(0, Binding.PERFECT))
        .hasMessage("expected at least one page, got 0");
  }
}
