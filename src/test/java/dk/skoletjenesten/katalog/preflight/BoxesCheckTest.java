package dk.skoletjenesten.katalog.preflight;

import static dk.skoletjenesten.katalog.preflight.TestPdf.ANY_A4;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.print.PageCountRule;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class BoxesCheckTest {

  @Test
  void cleanPageHasNoFindings() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      assertThat(pdf.check(ANY_A4)).isEmpty();
    }
  }

  @Test
  void missingTrimBoxIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.page(0).getCOSObject().removeItem(COSName.TRIM_BOX);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: boxes: TrimBox is missing, expected one on every page");
    }
  }

  @Test
  void bleedOfOneMillimetreIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.page(0).setBleedBox(grow(pdf.page(0).getTrimBox(), 1));
      assertThat(pdf.check(ANY_A4))
          .containsExactly("test.pdf: page 1: error: boxes: bleed is 1.0 mm, expected 3.0 mm");
    }
  }

  @Test
  void unevenBleedNamesEachSide() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      PDRectangle bleed = grow(pdf.page(0).getTrimBox(), 3);
      bleed.setUpperRightX(bleed.getUpperRightX() - Units.mmToPt(3));
      pdf.page(0).setBleedBox(bleed);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: boxes: bleed is"
                  + " 3.0/3.0/0.0/3.0 mm (left/bottom/right/top), expected 3.0 mm");
    }
  }

  @Test
  void missingBleedBoxIsAnErrorWhenBleedIsExpected() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.page(0).getCOSObject().removeItem(COSName.BLEED_BOX);
      assertThat(pdf.check(ANY_A4))
          .containsExactly(
              "test.pdf: page 1: error: boxes: BleedBox"
                  + " is missing, expected the trim plus 3.0 mm bleed");
    }
  }

  @Test
  void trimOfTheWrongFormatIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      assertThat(pdf.check(ANY_A4.toBuilder().trim(148, 210).build()))
          .containsExactly(
              "test.pdf: page 1: error: boxes: TrimBox is 210.0 x 297.0 mm, expected 148.0 x 210.0 mm");
    }
  }

  @Test
  void bleedBoxOutsideTheMediaBoxIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.page(0).setMediaBox(pdf.page(0).getTrimBox());
      assertThat(pdf.check(ANY_A4))
          .contains("test.pdf: page 1: error: boxes: BleedBox is not inside the MediaBox");
    }
  }

  @Test
  void pageCountMustMeetTheRule() throws IOException {
    try (TestPdf pdf = TestPdf.clean(2)) {
      byte[] bytes = pdf.bytes();
      assertThat(
              TestPdf.check(
                  bytes, ANY_A4.toBuilder().pageCount(PageCountRule.multipleOf(4)).build()))
          .containsExactly("test.pdf: error: pages: 2 pages, expected a multiple of 4");
      assertThat(
              TestPdf.check(bytes, ANY_A4.toBuilder().pageCount(PageCountRule.exactly(3)).build()))
          .containsExactly("test.pdf: error: pages: 2 pages, expected exactly 3");
      assertThat(TestPdf.check(bytes, ANY_A4.toBuilder().pageCount(PageCountRule.even()).build()))
          .isEmpty();
    }
  }

  private static PDRectangle grow(PDRectangle box, double mm) {
    float by = Units.mmToPt(mm);
    return new PDRectangle(
        box.getLowerLeftX() - by,
        box.getLowerLeftY() - by,
        box.getWidth() + 2 * by,
        box.getHeight() + 2 * by);
  }
}
