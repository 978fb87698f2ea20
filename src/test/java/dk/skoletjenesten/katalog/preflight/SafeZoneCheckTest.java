package dk.skoletjenesten.katalog.preflight;

import static dk.skoletjenesten.katalog.preflight.TestPdf.ANY_A4;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SafeZoneCheckTest {

  @Test
  void textCloserToTheTrimThanTheSafeZoneIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.text(0, "Side 7", 2, 150, 0, 0, 0, 1);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: safe-zone: text"
                  + " \"Side 7\" is 2.2 mm inside the trim, expected at least 5.0 mm");
    }
  }

  @Test
  void textAcrossTheTrimIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.text(0, "Skoletjenesten", 190, 150, 0, 0, 0, 1);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: safe-zone: text"
                  + " \"Skoletjenesten\" crosses the trim, expected at least 5.0 mm inside it");
    }
  }

  @Test
  void textWhollyOutsideTheTrimIsBleedArtwork() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.text(0, "x", -2.5, 150, 0, 0, 0, 1);
      assertThat(pdf.check(ANY_A4)).isEmpty();
    }
  }

  @Test
  void stickersUseTheirOwnSafeZone() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.text(0, "Side 7", 4, 150, 0, 0, 0, 1);
      assertThat(pdf.check(ANY_A4)).hasSize(1);
      assertThat(pdf.check(ANY_A4.toBuilder().safeZoneMm(3).build())).isEmpty();
    }
  }
}
