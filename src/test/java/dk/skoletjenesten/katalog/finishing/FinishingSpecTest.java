package dk.skoletjenesten.katalog.finishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import dk.skoletjenesten.katalog.print.Product;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FinishingSpecTest {
  private static final Instant DATE = Instant.parse("2025-08-01T10:00:00Z");

  @Test
  void textFormThatTheDocumentIdIsDerivedFromStaysAsItWas() {
    assertThat(FinishingSpec.of(210, 297, "Katalog", DATE))
        .hasToString(
            "FinishingSpec[trimWidthMm=210.0, trimHeightMm=297.0, bleedMm=3.0, cropMarks=false,"
                + " standard=PDF_X_4, outputCondition=FOGRA39, title=Katalog,"
                + " author=Skoletjenesten, creator=katalog,"
                + " producer=katalog finishing (Apache PDFBox), created=2025-08-01T10:00:00Z,"
                + " modified=2025-08-01T10:00:00Z]");
  }

  @Test
  void toBuilderKeepsEveryPart() {
    FinishingSpec spec =
        FinishingSpec.builder(100, 60, "Klistermærke", DATE)
            .rules(Product.STICKER.rules(3, PrintStandard.PDF_X_1A, OutputCondition.FOGRA51, true))
            .people("Skoletjenesten", "katalog", "katalog (test)")
            .build();

    assertThat(spec.bleedMm()).isEqualTo(2);
    assertThat(spec.cropMarks()).isFalse();
    assertThat(spec.standard()).isEqualTo(PrintStandard.PDF_X_1A);
    assertThat(spec.outputCondition()).isEqualTo(OutputCondition.FOGRA51);
    assertThat(spec.toBuilder().build()).isEqualTo(spec);
  }

  @Test
  void buildChecksTheParts() {
    assertThatThrownBy(() -> FinishingSpec.builder(210, 297, "A4", DATE).bleedMm(25).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bleedMm must be 0-20 mm, got 25.0");
  }
}
