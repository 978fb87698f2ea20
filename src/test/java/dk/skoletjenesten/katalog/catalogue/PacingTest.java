package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PacingTest {
  @Test
  void aSectionEndAdTooLowForItsCodeIsTheCompactOne() {
    Pacing pacing = new Pacing(false, Set.of(), Map.of(1, Pacing.FULL_END_MM, 2, 34.0), Map.of());
    assertThat(pacing.endCompact(1)).isFalse();
    assertThat(pacing.endCompact(2)).isTrue();
    assertThat(pacing.endCompact(3)).isFalse();
    assertThat(pacing.endSpace(2)).isEqualTo("34mm");
    assertThat(pacing.endSpace(3)).isNull();
  }
}
