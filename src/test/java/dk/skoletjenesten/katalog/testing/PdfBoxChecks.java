package dk.skoletjenesten.katalog.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.skoletjenesten.katalog.common.Units;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.DoubleStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Assertions on the page boxes of a PDF, in millimetres from the MediaBox origin, for tests. */
public final class PdfBoxChecks {
  /** Boxes that PDFBox writes (finishing, stickers) agree to a hundredth of a point. */
  private static final float TOLERANCE_PT = 0.01f;

  /**
   * What the renderer writes is rounded: Flying Saucer's page size (the MediaBox) to 0.1 pt, and
   * OpenPDF's box coordinates to a hundredth of a point, of a width that is itself rounded.
   */
  private static final float RENDERED_TOLERANCE_PT = 0.05f;

  private PdfBoxChecks() {}

  /**
   * Every page of a PDF that PDFBox wrote is the trim plus the bleed on each side: BleedBox and
   * TrimBox present, MediaBox = BleedBox from the origin, the TrimBox the bleed inside it.
   */
  public static void assertTrimPlusBleed(
      PDDocument pdf, double trimWidthMm, double trimHeightMm, double bleedMm) {
    assertEveryPage(pdf, TOLERANCE_PT, trimWidthMm, trimHeightMm, bleedMm);
  }

  /** {@link #assertTrimPlusBleed} for a PDF as the renderer wrote it, to its rounding. */
  public static void assertRenderedTrimPlusBleed(
      PDDocument pdf, double trimWidthMm, double trimHeightMm, double bleedMm) {
    assertEveryPage(pdf, RENDERED_TOLERANCE_PT, trimWidthMm, trimHeightMm, bleedMm);
  }

  private static void assertEveryPage(
      PDDocument pdf, float tolerancePt, double trimWidthMm, double trimHeightMm, double bleedMm) {
    assertThat(pdf.getNumberOfPages()).as("pages").isPositive();
    double width = trimWidthMm + 2 * bleedMm;
    double height = trimHeightMm + 2 * bleedMm;
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      PDPage page = pdf.getPage(i);
      String where = "page " + (i + 1) + ": ";
      assertThat(page.getCOSObject().containsKey(COSName.BLEED_BOX))
          .as(where + "BleedBox")
          .isTrue();
      assertThat(page.getCOSObject().containsKey(COSName.TRIM_BOX)).as(where + "TrimBox").isTrue();
      assertBox(where + "MediaBox", page.getMediaBox(), tolerancePt, 0, 0, width, height);
      assertBox(where + "BleedBox", page.getBleedBox(), tolerancePt, 0, 0, width, height);
      assertBox(
          where + "TrimBox",
          page.getTrimBox(),
          tolerancePt,
          bleedMm,
          bleedMm,
          bleedMm + trimWidthMm,
          bleedMm + trimHeightMm);
    }
  }

  /**
   * {@code box} is left, bottom, right, top in millimetres, to a hundredth of a point; {@code name}
   * says which box of which page in the failure message.
   */
  public static void assertBox(
      String name, PDRectangle box, double leftMm, double bottomMm, double rightMm, double topMm) {
    assertBox(name, box, TOLERANCE_PT, leftMm, bottomMm, rightMm, topMm);
  }

  private static void assertBox(String name, PDRectangle box, float tolerancePt, double... mm) {
    double[] actual = {
      box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY()
    };
    for (int i = 0; i < mm.length; i++) {
      if (Math.abs(actual[i] - Units.mmToPt(mm[i])) > tolerancePt) {
        fail(
            "%s is %s mm (left, bottom, right, top), expected %s mm",
            name, rounded(Arrays.stream(actual).map(Units::ptToMm)), rounded(Arrays.stream(mm)));
      }
    }
  }

  private static String rounded(DoubleStream mm) {
    return Arrays.toString(mm.map(v -> Math.round(v * 1000) / 1000.0).toArray());
  }

  /**
   * The text printed inside {@code rect} (PDF user space, e.g. a link annotation's rectangle) of
   * {@code page}.
   */
  public static String textUnder(PDPage page, PDRectangle rect) throws IOException {
    PDRectangle media = page.getMediaBox();
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.addRegion(
        "area",
        new Rectangle2D.Double(
            rect.getLowerLeftX() - media.getLowerLeftX(),
            media.getUpperRightY() - rect.getUpperRightY(),
            rect.getWidth(),
            rect.getHeight()));
    stripper.extractRegions(page);
    return stripper.getTextForRegion("area");
  }
}
