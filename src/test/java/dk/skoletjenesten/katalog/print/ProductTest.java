package dk.skoletjenesten.katalog.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductTest {
  private static PrintRules x1aRules(Product product) {
    return product.rules(5, PrintStandard.PDF_X_1A, OutputCondition.FOGRA51, true);
  }

  @Test
  void everyProductOfTheBundleHasARowWithItsManifestKey() {
    assertThat(Arrays.stream(Product.values()).map(Product::key))
        .containsExactly(
            "catalogue",
            "catalogue-cover",
            "insert",
            "sticker",
            "sticker-sheet",
            "annual-report",
            "catalogue-screen",
            "insert-screen",
            "annual-report-screen");
  }

  @Test
  void theCatalogueInsertsAndReportHaveAScreenEditionThatComesWithThem() {
    assertThat(Product.CATALOGUE.screenEdition()).hasValue(Product.CATALOGUE_SCREEN);
    assertThat(Product.INSERT.screenEdition()).hasValue(Product.INSERT_SCREEN);
    assertThat(Product.ANNUAL_REPORT.screenEdition()).hasValue(Product.ANNUAL_REPORT_SCREEN);
    assertThat(Product.CATALOGUE_COVER.screenEdition()).isEmpty();
    assertThat(Product.STICKER.screenEdition()).isEmpty();
    assertThat(Product.CATALOGUE_SCREEN.screenEdition()).isEmpty();
    assertThat(Arrays.stream(Product.values()).filter(Product::forScreen))
        .containsExactly(
            Product.CATALOGUE_SCREEN, Product.INSERT_SCREEN, Product.ANNUAL_REPORT_SCREEN);
    assertThat(Product.findSelectable("catalogue-screen")).isEmpty();
    assertThat(Product.INSERT_SCREEN.fixedBleedMm()).hasValue(0);
  }

  @Test
  void booksTakeTheEditionsBleedStandardAndCropMarks() {
    for (Product book :
        Set.of(Product.CATALOGUE, Product.CATALOGUE_COVER, Product.INSERT, Product.ANNUAL_REPORT)) {
      PrintRules rules = x1aRules(book);
      assertThat(rules.bleedMm()).as(book.key()).isEqualTo(5);
      assertThat(rules.safeZoneMm()).as(book.key()).isEqualTo(5);
      assertThat(rules.cropMarks()).as(book.key()).isTrue();
      assertThat(rules.spotColours()).as(book.key()).isEmpty();
      assertThat(rules.standard()).as(book.key()).isEqualTo(PrintStandard.PDF_X_1A);
      assertThat(rules.condition()).as(book.key()).isEqualTo(OutputCondition.FOGRA51);
    }
    assertThat(x1aRules(Product.CATALOGUE).pageCount()).isEqualTo(PageCountRule.multipleOf(4));
    assertThat(x1aRules(Product.INSERT).pageCount()).isEqualTo(PageCountRule.multipleOf(4));
    assertThat(x1aRules(Product.ANNUAL_REPORT).pageCount()).isEqualTo(PageCountRule.multipleOf(4));
    assertThat(x1aRules(Product.CATALOGUE_COVER).pageCount()).isEqualTo(PageCountRule.exactly(1));
    assertThat(Product.CATALOGUE.rules(3, PrintStandard.PDF_X_4, OutputCondition.FOGRA39, false))
        .extracting(PrintRules::cropMarks, PrintRules::bleedMm)
        .containsExactly(false, 3.0);
  }

  @Test
  void stickersKeepTheirOwnBleedSafeZoneAndDieLineColourAndNeverGetCropMarks() {
    PrintRules sticker = x1aRules(Product.STICKER);
    PrintRules sheet = x1aRules(Product.STICKER_SHEET);

    assertThat(sticker.bleedMm()).isEqualTo(2);
    assertThat(sheet.bleedMm()).isEqualTo(0);
    assertThat(Product.STICKER.fixedBleedMm()).hasValue(2);
    assertThat(Product.CATALOGUE.fixedBleedMm()).isEmpty();
    for (PrintRules rules : new PrintRules[] {sticker, sheet}) {
      assertThat(rules.safeZoneMm()).isEqualTo(3);
      assertThat(rules.pageCount()).isEqualTo(PageCountRule.exactly(1));
      assertThat(rules.spotColours()).containsExactly("CutContour");
      assertThat(rules.cropMarks()).isFalse();
      assertThat(rules.standard()).isEqualTo(PrintStandard.PDF_X_1A);
    }
  }

  @Test
  void onlyNamesThePublicationsABuildMakes() {
    assertThat(Product.selectableProducts())
        .containsExactly(Product.CATALOGUE, Product.INSERT, Product.STICKER, Product.ANNUAL_REPORT);
    assertThat(Product.findSelectable("annual-report")).hasValue(Product.ANNUAL_REPORT);
    assertThat(Product.findSelectable("insert")).hasValue(Product.INSERT);
    assertThat(Product.findSelectable("catalogue-cover")).isEmpty();
  }

  @Test
  void pdfX4NeedsABundledOutputProfileSoRefusesFogra51() {
    assertThat(PrintStandard.PDF_X_4.accepts(OutputCondition.FOGRA39)).isTrue();
    assertThat(PrintStandard.PDF_X_4.accepts(OutputCondition.FOGRA51)).isFalse();
    assertThat(PrintStandard.PDF_X_1A.accepts(OutputCondition.FOGRA51)).isTrue();
  }
}
