package dk.skoletjenesten.katalog.template;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.pdf.PageBoxes;
import org.junit.jupiter.api.Test;

class PageGeometryTest {
  @Test
  void trimsFrom180MmWideTakeTheA4Sizes() {
    assertThat(new PageGeometry(210, 297, 3).a4()).isTrue();
    assertThat(new PageGeometry(180, 250, 3).a4()).isTrue();
    assertThat(new PageGeometry(179.5, 250, 3).a4()).isFalse();
    assertThat(new PageGeometry(148, 210, 3).a4()).isFalse();
  }

  @Test
  void theRendererGetsTheSameTrimAndBleed() {
    assertThat(new PageGeometry(148, 210, 3).boxes()).isEqualTo(new PageBoxes(148, 210, 3));
  }

  @Test
  void marginsAreMeasuredFromTheTrim() {
    PageGeometry a5 = new PageGeometry(148, 210, 3);
    assertThat(a5.pageWidth()).isEqualTo("154mm");
    assertThat(a5.plusBleed(20)).isEqualTo("23mm");
    assertThat(a5.gapScaled(70)).isEqualTo("35mm");
  }
}
