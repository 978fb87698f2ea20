package dk.skoletjenesten.katalog.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void csvProblemIsPrintedWithLineAndField() {
    assertThat(
            Diagnostic.error(
                    "data/institutions.csv", 37, "municipality", "no municipality with code 999")
                .toString())
        .isEqualTo("data/institutions.csv:37: error: municipality: no municipality with code 999");
  }

  @Test
  void jsonProblemIsPrintedWithThePathOfTheField() {
    assertThat(
            Diagnostic.errorAt("offers.json", "$[412]", "grade_to", "expected 0-10, got 12")
                .toString())
        .isEqualTo("offers.json: $[412].grade_to: error: expected 0-10, got 12");
  }

  @Test
  void otherLocationsKeepTheFieldAfterTheSeverity() {
    assertThat(
            Diagnostic.warningAt(
                    "out/catalogue.pdf", "page 3", "image", "effective resolution 180 ppi")
                .toString())
        .isEqualTo("out/catalogue.pdf: page 3: warning: image: effective resolution 180 ppi");
  }

  @Test
  void diagnosticsSortByFileThenLineThenPathWithNumbersByValue() {
    Diagnostics all = new Diagnostics();
    all.add(Diagnostic.errorAt("offers.json", "$[10]", "id", "b"));
    all.add(Diagnostic.error("b.csv", 12, "x", "c"));
    all.add(Diagnostic.errorAt("offers.json", "$[9]", "id", "a"));
    all.add(Diagnostic.error("b.csv", 3, "x", "d"));
    all.add(Diagnostic.error("b.csv", 3, "x", "d"));

    assertThat(all.sorted().stream().map(Diagnostic::message).toList())
        .isEqualTo(List.of("d", "c", "a", "b"));
    assertThat(all.errorCount()).isEqualTo(5);
  }
}
