package dk.skoletjenesten.katalog.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.common.function.PDFunction;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.junit.jupiter.api.Test;

class SeparationsTest {
  @Test
  void fullTintIsTheSpotColourWithItsCmykLookAndNoInkAtZero() throws IOException {
    PDColor cutContour = Separations.fullTint("CutContour", 0, 1, 0, 0);

    PDSeparation separation = (PDSeparation) cutContour.getColorSpace();
    assertThat(separation.getColorantName()).isEqualTo("CutContour");
    assertThat(separation.getAlternateColorSpace().getName()).isEqualTo("DeviceCMYK");
    assertThat(cutContour.getComponents()).containsExactly(1f);
    PDFunction tint = PDFunction.create(((COSArray) separation.getCOSObject()).getObject(3));
    assertThat(tint.eval(new float[] {1f})).containsExactly(0f, 1f, 0f, 0f);
    assertThat(tint.eval(new float[] {0f})).containsExactly(0f, 0f, 0f, 0f);
  }
}
