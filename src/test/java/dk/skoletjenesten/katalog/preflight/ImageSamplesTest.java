package dk.skoletjenesten.katalog.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDLab;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fast sample reader gives exactly PDFBox's raw raster, or leaves the image to PDFBox. */
class ImageSamplesTest {
  private final PDDocument document = new PDDocument();

  @Test
  void everyByteValueReadsAsPdfBoxReadsItInTheUsualColourSpaces() throws IOException {
    for (PDColorSpace space :
        new PDColorSpace[] {
          PDDeviceCMYK.INSTANCE, PDDeviceRGB.INSTANCE, PDDeviceGray.INSTANCE, lab(), indexed()
        }) {
      PDImageXObject image = image(space, 8, 256, 3, everyValue(256 * 3 * components(space)));
      assertSameSamples(image);
    }
  }

  @Test
  void imagesWithADecodeArrayOrOtherDepthsAreLeftToPdfBox() throws IOException {
    PDImageXObject inverted = image(PDDeviceGray.INSTANCE, 8, 16, 16, everyValue(256));
    COSArray decode = new COSArray();
    decode.setFloatArray(new float[] {1, 0});
    inverted.getCOSObject().setItem(COSName.DECODE, decode);
    assertSameSamples(inverted);
    assertThat(ImageSamples.of(inverted).getSample(0, 0, 0)).isEqualTo(255);

    assertSameSamples(image(PDDeviceRGB.INSTANCE, 4, 10, 10, everyValue(150)));
    assertSameSamples(image(PDDeviceRGB.INSTANCE, 16, 10, 10, everyValue(600)));
  }

  @Test
  void aShortStreamEndsAsPdfBoxEndsIt() throws IOException {
    PDImageXObject image = image(PDDeviceCMYK.INSTANCE, 8, 100, 100, everyValue(1000));
    assertThat(outcome(() -> ImageSamples.of(image)))
        .isEqualTo(outcome(image::getRawRaster))
        .isNotEmpty();
  }

  private interface Read {
    Raster read() throws IOException;
  }

  /** The samples read, or the failure's class and message. */
  private static String outcome(Read read) {
    try {
      Raster raster = read.read();
      return Arrays.toString(
          raster.getPixels(0, 0, raster.getWidth(), raster.getHeight(), (int[]) null));
    } catch (IOException | RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static void assertSameSamples(PDImageXObject image) throws IOException {
    Raster fast = ImageSamples.of(image);
    Raster pdfbox = image.getRawRaster();
    assertThat(fast.getWidth()).isEqualTo(pdfbox.getWidth());
    assertThat(fast.getHeight()).isEqualTo(pdfbox.getHeight());
    assertThat(fast.getNumBands()).isEqualTo(pdfbox.getNumBands());
    assertThat(fast.getDataBuffer().getDataType()).isEqualTo(pdfbox.getDataBuffer().getDataType());
    assertThat(fast.getPixels(0, 0, fast.getWidth(), fast.getHeight(), (int[]) null))
        .isEqualTo(pdfbox.getPixels(0, 0, pdfbox.getWidth(), pdfbox.getHeight(), (int[]) null));
  }

  private static int components(PDColorSpace space) {
    return space.getNumberOfComponents();
  }

  @AfterEach
  void close() throws IOException {
    document.close();
  }

  private static byte[] everyValue(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 7 + i / 256);
    }
    return bytes;
  }

  /** Lab with an a and b range of -128..127: the samples are rescaled from the range. */
  private static PDColorSpace lab() throws IOException {
    COSDictionary parameters = new COSDictionary();
    COSArray white = new COSArray();
    white.setFloatArray(new float[] {0.9505f, 1f, 1.089f});
    parameters.setItem(COSName.WHITE_POINT, white);
    COSArray range = new COSArray();
    range.setFloatArray(new float[] {-128, 127, -128, 127});
    parameters.setItem(COSName.RANGE, range);
    COSArray array = new COSArray();
    array.add(COSName.LAB);
    array.add(parameters);
    PDColorSpace space = PDColorSpace.create(array);
    assertThat(space).isInstanceOf(PDLab.class);
    return space;
  }

  /** 256 RGB entries. */
  private static PDColorSpace indexed() throws IOException {
    COSArray array = new COSArray();
    array.add(COSName.INDEXED);
    array.add(COSName.DEVICERGB);
    array.add(COSInteger.get(255));
    array.add(new COSString(everyValue(256 * 3)));
    PDColorSpace space = PDColorSpace.create(array);
    assertThat(space).isInstanceOf(PDIndexed.class);
    return space;
  }

  private PDImageXObject image(PDColorSpace space, int bits, int width, int height, byte[] samples)
      throws IOException {
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(encoded)) {
      out.write(samples);
    }
    return new PDImageXObject(
        document,
        new ByteArrayInputStream(encoded.toByteArray()),
        COSName.FLATE_DECODE,
        width,
        height,
        bits,
        space);
  }
}
