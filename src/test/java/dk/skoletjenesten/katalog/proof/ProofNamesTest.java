package dk.skoletjenesten.katalog.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProofNamesTest {
  @Test
  void namesSortWithThreeDigitsOrFourAboveNineHundredAndNinetyNinePages() {
    ProofNames catalogue = ProofNames.of("catalogue.pdf");

    assertThat(catalogue.page(7, 192)).isEqualTo("proofs/catalogue/p007.png");
    assertThat(catalogue.page(7, 999)).isEqualTo("proofs/catalogue/p007.png");
    assertThat(catalogue.page(7, 1000)).isEqualTo("proofs/catalogue/p0007.png");
    assertThat(catalogue.spread(97, 97)).isEqualTo("proofs/catalogue/spreads/s097.png");
    assertThat(catalogue.contactSheetPng(3, 7)).isEqualTo("proofs/catalogue/contact-sheet-03.png");
    assertThat(catalogue.contactSheetPdf()).isEqualTo("proofs/catalogue/contact-sheet.pdf");
  }

  @Test
  void thePublicationIsTheBundlePathWithoutPdf() {
    assertThat(ProofNames.of("inserts/580-aabenraa.pdf").page(1, 16))
        .isEqualTo("proofs/inserts/580-aabenraa/p001.png");
    assertThat(ProofNames.of("stickers/860-hjoerring.pdf").page(1, 1))
        .isEqualTo("proofs/stickers/860-hjoerring/p001.png");
    assertThatThrownBy(() -> ProofNames.of("print-order.json"))
        .hasMessage("a proofed file is a PDF, got print-order.json");
  }
}
