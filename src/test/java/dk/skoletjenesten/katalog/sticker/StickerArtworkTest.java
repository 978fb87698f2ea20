package dk.skoletjenesten.katalog.sticker;

import static dk.skoletjenesten.katalog.sticker.SampleStickers.HJOERRING;
import static dk.skoletjenesten.katalog.sticker.SampleStickers.MARIAGERFJORD;
import static dk.skoletjenesten.katalog.sticker.SampleStickers.STRUER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.draw.QrCode;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import dk.skoletjenesten.katalog.sticker.SampleStickers.Line;
import dk.skoletjenesten.katalog.sticker.SampleStickers.Sample;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample stickers as printed: parsed back from their PDFs. */
class StickerArtworkTest {
  private static final float[] WHITE = {0f, 0f, 0f, 0f};
  private static final float[] BLACK = {0f, 0f, 0f, 1f};

  static List<Sample> samples() {
    return SampleStickers.all();
  }

  private static PaintedShapes painted(Stickers.Artwork artwork) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(artwork.pdf())) {
      return PaintedShapes.of(pdf.getPage(0));
    }
  }

  private static List<String> headline(PaintedShapes shapes) {
    return SampleStickers.lines(shapes).stream().filter(Line::bold).map(Line::text).toList();
  }

  @Test
  void headlinesBreakIntoBalancedLinesWithTheMunicipalityKeptTogether() throws IOException {
    assertThat(headline(painted(HJOERRING.artwork())))
        .containsExactly("Find alle tilbud", "i Hjørring Kommune");
    assertThat(headline(painted(MARIAGERFJORD.artwork())))
        .containsExactly("Find åben skole-tilbud", "i Mariagerfjord Kommune");
    assertThat(headline(painted(STRUER.artwork())))
        .containsExactly("Se alle tilbud", "til skolerne", "i Struer Kommune");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void noHeadlineLineIsMuchShorterThanTheOthersNorEndsInAPreposition(Sample sample)
      throws IOException {
    List<Line> lines =
        SampleStickers.lines(painted(sample.artwork())).stream().filter(Line::bold).toList();
    double shortest = lines.stream().mapToDouble(Line::widthMm).min().orElseThrow();
    double longest = lines.stream().mapToDouble(Line::widthMm).max().orElseThrow();

    assertThat(shortest / longest).as("shortest / longest line").isGreaterThanOrEqualTo(0.6);
    for (Line line : lines) {
      String[] words = line.text().split(" ");
      assertThat(LineBreaker.BINDS_FORWARD)
          .as(line.text())
          .doesNotContain(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
    assertThat(lines).extracting(Line::text).anyMatch(l -> l.contains(sample.municipality()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyGlyphOutlineKeepsFourAndAHalfMillimetresFromTheDieLine(Sample sample)
      throws IOException {
    PaintedShapes shapes = painted(sample.artwork());
    Point2D centre = SampleStickers.artworkCentre(sample.shape());

    assertThat(shapes.glyphs).hasSizeGreaterThan(40);
    for (PaintedShapes.GlyphOutline glyph : shapes.glyphs) {
      if (!glyph.boundsMm().isEmpty()) {
        assertThat(SampleStickers.cornersInsideCutMm(sample.shape(), centre, glyph.boundsMm()))
            .as("glyph %s", glyph.text())
            .isGreaterThanOrEqualTo(StickerLayouter.TYPE_INSET_MM - 0.02);
      }
    }
  }

  @Test
  void textFitsInsideTheTypeMarginOnASmallCircleWithoutACode() throws IOException {
    Sample small =
        new Sample(
            SampleStickers.circle(
                "hjoerring", 860, 100, 40, "Find alle tilbud i Hjørring Kommune", "hjørring"),
            "Hjørring Kommune");
    PaintedShapes shapes = painted(small.artwork());
    Point2D centre = SampleStickers.artworkCentre(small.shape());

    assertThat(shapes.fills.stream().filter(f -> f.is(BLACK))).isEmpty();
    for (PaintedShapes.GlyphOutline glyph : shapes.glyphs) {
      if (!glyph.boundsMm().isEmpty()) {
        assertThat(SampleStickers.cornersInsideCutMm(small.shape(), centre, glyph.boundsMm()))
            .as("glyph %s", glyph.text())
            .isGreaterThanOrEqualTo(StickerLayouter.TYPE_INSET_MM - 0.02);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theSkoletjenestenMarkIsPrintedInsideTheSafeZone(Sample sample) throws IOException {
    PaintedShapes shapes = painted(sample.artwork());
    List<Rectangle2D> tiles =
        shapes.fills.stream()
            .filter(f -> f.is(PublisherMark.TEAL))
            .map(PaintedShapes.Fill::boundsMm)
            .toList();
    double side = StickerLayouter.markMm(sample.shape());

    assertThat(shapes.fills.stream().filter(f -> f.is(PublisherMark.SAND))).hasSize(1);
    Rectangle2D tile = tiles.get(0);
    assertThat(tile.getWidth()).isCloseTo(side * 0.96, Offset.offset(0.05));
    assertThat(tile.getHeight()).isCloseTo(side * 0.96, Offset.offset(0.05));
    assertThat(
            SampleStickers.cornersInsideCutMm(
                sample.shape(), SampleStickers.artworkCentre(sample.shape()), tile))
        .isGreaterThanOrEqualTo(StickerLayouter.SAFE_MM);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theQrCodeIsAtLeastFifteenMillimetresWithAFourModuleQuietZone(Sample sample)
      throws IOException {
    PaintedShapes shapes = painted(sample.artwork());
    Rectangle2D code =
        shapes.fills.stream()
            .filter(f -> f.is(BLACK))
            .map(PaintedShapes.Fill::boundsMm)
            .reduce(Rectangle2D::createUnion)
            .orElseThrow();
    Rectangle2D tile =
        shapes.fills.stream()
            .filter(f -> f.is(WHITE) && f.boundsMm().contains(code))
            .map(PaintedShapes.Fill::boundsMm)
            .findFirst()
            .orElseThrow();
    double module = code.getWidth() / QrCode.encode(sample.order().url()).size();

    assertThat(code.getWidth()).isGreaterThanOrEqualTo(15);
    assertThat(code.getMinX() - tile.getMinX()).isGreaterThanOrEqualTo(4 * module - 0.01);
    assertThat(tile.getMaxX() - code.getMaxX()).isGreaterThanOrEqualTo(4 * module - 0.01);
    assertThat(code.getMinY() - tile.getMinY()).isGreaterThanOrEqualTo(4 * module - 0.01);
    assertThat(tile.getMaxY() - code.getMaxY()).isGreaterThanOrEqualTo(4 * module - 0.01);
    assertThat(
            SampleStickers.cornersInsideCutMm(
                sample.shape(), SampleStickers.artworkCentre(sample.shape()), tile))
        .isGreaterThanOrEqualTo(StickerLayouter.SAFE_MM - 0.01);
  }

  @Test
  void thePrintedCodeOfHjoerringOpensThePortalAddressPercentEncoded() throws Exception {
    BufferedImage image;
    try (PDDocument pdf = Loader.loadPDF(HJOERRING.artwork().pdf())) {
      image = new PDFRenderer(pdf).renderImageWithDPI(0, 300);
    }
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

    String text =
        new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();

    assertThat(text).isEqualTo("https://www.skoletjenesten.dk/hj%C3%B8rring");
  }

  @Test
  void aPrepositionBeforeAWordTooLongToShareItsLineMovesWithIt() {
    Diagnostics diagnostics = new Diagnostics();
    StickerOrder order =
        SampleStickers.circle(
            "x", 860, 10, 60, "Oplev naturen og kulturen i Ringkøbing-Skjern Kommune", "x");

    Stickers.Artwork artwork =
        SampleStickers.STICKERS
            .artwork(order, "Ringkøbing-Skjern Kommune", order.file(), diagnostics)
            .orElseThrow();

    List<String> lines;
    try {
      lines = headline(painted(artwork));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(lines).anyMatch(l -> l.startsWith("i Ringkøbing-Skjern Kommune"));
    assertThat(lines).noneMatch(l -> l.endsWith(" og") || l.endsWith(" i"));
  }
}
