package dk.skoletjenesten.katalog.sticker;

import static dk.skoletjenesten.katalog.sticker.SampleStickers.HJOERRING;
import static dk.skoletjenesten.katalog.sticker.SampleStickers.STICKERS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.registry.PrintSpec;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import dk.skoletjenesten.katalog.sticker.SampleStickers.Sample;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The press sheets of the sample stickers, parsed and rendered back. */
class StickerSheetTest {
  private static final float[] BLACK = {0f, 0f, 0f, 1f};
  private static final float[] BACKGROUND = {0f, 0.62f, 0.9f, 0.25f};

  static List<Sample> samples() {
    return SampleStickers.all();
  }

  private static Stickers.Sheet sheet(Sample sample, Stickers.Gripper gripper) {
    return STICKERS
        .sheet(sample.artwork(), StickerOrder.Sheet.SRA3, sample.job(), gripper)
        .orElseThrow();
  }

  private static PaintedShapes painted(Stickers.Sheet sheet) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sheet.pdf())) {
      return PaintedShapes.of(pdf.getPage(0));
    }
  }

  /** The stickers' bleed areas: the background shapes, which run 2 mm past each cut. */
  private static List<Rectangle2D> bleeds(PaintedShapes shapes) {
    return shapes.fills.stream()
        .filter(f -> f.is(BACKGROUND))
        .map(PaintedShapes.Fill::boundsMm)
        .toList();
  }

  private static List<Rectangle2D> registrationMarks(PaintedShapes shapes) {
    return shapes.fills.stream()
        .filter(f -> f.is(BLACK) && f.colourSpace().equals("DeviceCMYK"))
        .map(PaintedShapes.Fill::boundsMm)
        .filter(b -> Math.abs(b.getWidth() - SheetImposer.MARK_MM) < 0.05)
        .toList();
  }

  @Test
  void stickersPerSheetAndSheetsFollowFromTheCopies() {
    Stickers.Sheet sheet = sheet(HJOERRING, Stickers.Gripper.DEFAULT);

    assertThat(sheet.perSheet()).isEqualTo(4 * 6);
    assertThat(sheet.sheets()).isEqualTo(46);
    assertThat(sheet(SampleStickers.MARIAGERFJORD, Stickers.Gripper.DEFAULT).perSheet())
        .isEqualTo(5 * 7);
    assertThat(sheet(SampleStickers.STRUER, Stickers.Gripper.DEFAULT).perSheet()).isEqualTo(3 * 7);
  }

  @Test
  void theSlugNamesJobOrderCopiesSheetsAndDate() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sheet(HJOERRING, Stickers.Gripper.DEFAULT).pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

      assertThat(text)
          .contains(
              "Klistermærke til kataloget 2018/19, Hjørring Kommune · orders/stickers/hjoerring.json"
                  + " · 1.100 stk. · SRA3, 24 pr. ark · 46 ark · 13.08.2018");
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void threeCornerRegistrationMarksAndTheSlugStayClearOfEveryStickersBleed(Sample sample)
      throws IOException {
    Stickers.Sheet sheet = sheet(sample, Stickers.Gripper.DEFAULT);
    PaintedShapes shapes = painted(sheet);
    List<Rectangle2D> bleeds = bleeds(shapes);
    List<Rectangle2D> marks = registrationMarks(shapes);
    List<Rectangle2D> slug =
        shapes.glyphs.stream()
            .filter(g -> !g.boundsMm().isEmpty() && g.sizePt() < 7)
            .map(PaintedShapes.GlyphOutline::boundsMm)
            .toList();

    assertThat(bleeds).hasSize(sheet.perSheet());
    assertThat(marks).hasSize(3);
    assertThat(marks)
        .extracting(m -> String.format(Locale.ROOT, "%.1f,%.1f", m.getCenterX(), m.getCenterY()))
        .containsExactlyInAnyOrder("7.5,442.5", "312.5,442.5", "7.5,14.5");
    assertThat(slug).hasSizeGreaterThan(60);
    for (Rectangle2D bleed : bleeds) {
      for (Rectangle2D mark : marks) {
        assertThat(mark.intersects(grown(bleed, SheetImposer.CLEARANCE_MM - 0.01)))
            .as("mark %s near the sticker at %s", mark, bleed)
            .isFalse();
      }
      for (Rectangle2D glyph : slug) {
        assertThat(glyph.intersects(grown(bleed, SheetImposer.CLEARANCE_MM - 0.01)))
            .as("slug glyph %s near the sticker at %s", glyph, bleed)
            .isFalse();
      }
    }
  }

  private static Rectangle2D grown(Rectangle2D box, double mm) {
    return new Rectangle2D.Double(
        box.getX() - mm, box.getY() - mm, box.getWidth() + 2 * mm, box.getHeight() + 2 * mm);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void nothingIsPrintedInTheGripperStripNorWithinFiveMillimetresOfTheOtherEdges(Sample sample)
      throws IOException {
    BufferedImage image = rendered(sheet(sample, Stickers.Gripper.DEFAULT));

    assertThat(inkedRows(image, true, 0, 10)).as("rows in the 10 mm gripper strip").isZero();
    assertThat(inkedRows(image, true, 445.5, 450)).as("rows near the tail edge").isZero();
    assertThat(inkedRows(image, false, 0, 4.5)).as("columns near the left edge").isZero();
    assertThat(inkedRows(image, false, 315.5, 320)).as("columns near the right edge").isZero();
    assertThat(inkedRows(image, true, 10, 440)).isPositive();
  }

  @Test
  void theGripperFollowsThePrintSettings() throws IOException {
    Stickers.Sheet sheet = sheet(HJOERRING, new Stickers.Gripper(15, PrintSpec.SheetEdge.LEFT));
    BufferedImage image = rendered(sheet);

    assertThat(inkedRows(image, false, 0, 15)).as("columns in a 15 mm left gripper").isZero();
    assertThat(inkedRows(image, true, 0, 4.5)).as("rows near the bottom edge").isZero();
    assertThat(inkedRows(image, true, 5, 10)).as("the bottom marks move down").isPositive();
    try (PDDocument pdf = Loader.loadPDF(sheet.pdf())) {
      PDPage page = pdf.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isCloseTo(Units.mmToPt(320), Offset.offset(0.01f));
      String content = new String(page.getContents().readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(content.split(" Do").length - 1).isEqualTo(sheet.perSheet());
      assertThat(page.getResources().getXObjectNames()).hasSize(1);
    }
  }

  private static BufferedImage rendered(Stickers.Sheet sheet) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sheet.pdf())) {
      return new PDFRenderer(pdf).renderImageWithDPI(0, 72);
    }
  }

  /**
   * How many pixel rows (or columns) between {@code fromMm} and {@code toMm} (from the bottom or
   * the left edge) hold any non-white pixel.
   */
  private static int inkedRows(BufferedImage image, boolean rows, double fromMm, double toMm) {
    double pxPerMm = 72 / Units.MM_PER_INCH;
    int count = 0;
    int across = rows ? image.getWidth() : image.getHeight();
    for (int i = (int) Math.ceil(fromMm * pxPerMm); i < Math.floor(toMm * pxPerMm); i++) {
      int index = rows ? image.getHeight() - 1 - i : i;
      for (int j = 0; j < across; j++) {
        int rgb = rows ? image.getRGB(j, index) : image.getRGB(index, j);
        if ((rgb & 0xFFFFFF) != 0xFFFFFF) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
