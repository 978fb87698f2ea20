package dk.skoletjenesten.katalog.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SheetGridTest {
  @Test
  void theCataloguesSpreadsGoSixteenToASheetAtLeastFiftyFiveMillimetresHigh() {
    SheetGrid grid = SheetGrid.of(97, 420, 297);

    assertThat(grid).hasToString("4 x 4 at 0.186");
    assertThat(grid.sheets()).isEqualTo(7);
    assertThat(297 * grid.scale()).isGreaterThanOrEqualTo(SheetGrid.MIN_PAGE_HEIGHT_MM);
    assertThat(grid.sheetOf(15)).isZero();
    assertThat(grid.sheetOf(16)).isEqualTo(1);
    assertThat(grid.tileTopMm(16)).isEqualTo(grid.tileTopMm(0));
  }

  @Test
  void anInsertFitsOneSheetAsLargeAsItCan() {
    SheetGrid grid = SheetGrid.of(9, 2 * 148, 210);

    assertThat(grid).hasToString("3 x 3 at 0.367");
    assertThat(grid.sheets()).isEqualTo(1);
  }

  @Test
  void aSmallStickerIsShownAtItsSizeNeverLarger() {
    SheetGrid grid = SheetGrid.of(1, 94, 54);

    assertThat(grid.scale()).isEqualTo(1);
    assertThat(grid.tileLeftMm(0)).isCloseTo((420 - 94) / 2.0, within(1e-9));
    assertThat(grid.tileTopMm(0)).isEqualTo(SheetGrid.MARGIN_MM + SheetGrid.HEADER_MM);
  }

  @Test
  void theCoverSpreadIsReducedToFitTheSheet() {
    SheetGrid grid = SheetGrid.of(1, 429.6, 297);

    assertThat(grid.sheets()).isEqualTo(1);
    assertThat(429.6 * grid.scale()).isLessThanOrEqualTo(420 - 2 * SheetGrid.MARGIN_MM);
  }
}
