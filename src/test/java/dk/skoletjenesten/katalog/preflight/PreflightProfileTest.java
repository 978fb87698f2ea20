package dk.skoletjenesten.katalog.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PageCountRule;
import dk.skoletjenesten.katalog.print.PrintStandard;
import dk.skoletjenesten.katalog.print.Product;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreflightProfileTest {
  @Test
  void aStickersProfileComesFromItsRowOfTheProductTable() {
    PreflightProfile profile =
        PreflightProfile.builder()
            .trim(60, 60)
            .rules(Product.STICKER.rules(3, PrintStandard.PDF_X_1A, OutputCondition.FOGRA51, true))
            .build();

    assertThat(profile)
        .isEqualTo(
            new PreflightProfile(
                Optional.of(new PreflightProfile.Trim(60, 60)),
                2,
                Optional.of(PrintStandard.PDF_X_1A),
                OutputCondition.FOGRA51,
                PageCountRule.exactly(1),
                Set.of("CutContour"),
                3,
                Optional.empty(),
                false));
  }

  @Test
  void toBuilderKeepsEveryPartAndAnyPdfHasNoStandard() {
    PreflightProfile any = TestPdf.ANY_A4.toBuilder().safeZoneMm(3).build();

    assertThat(any.standard()).isEmpty();
    assertThat(any.standardLabel()).isEqualTo("any PDF");
    assertThat(any.toBuilder().build()).isEqualTo(any);
    assertThat(PreflightProfile.pdfx4().standardLabel()).isEqualTo("PDF/X-4");
  }
}
