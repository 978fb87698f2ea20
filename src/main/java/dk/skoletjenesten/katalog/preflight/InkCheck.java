package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.print.OutputCondition;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Total area coverage: paints the page into a low-resolution CMYK raster and reports the highest
 * C+M+Y+K mean over a small window inside the BleedBox, against the printing condition's limit.
 *
 * <p>Approximations: overprint is ignored (knockout); tiling pattern cells and mesh shadings are
 * not painted; axial, radial and function shadings paint their strongest sampled colour over their
 * whole area; stencil masks paint their whole rectangle.
 */
final class InkCheck implements PageCheck {
  static final String FIELD = "ink";

  /** Allowance for 8-bit rounding of four channels. */
  static final double TOLERANCE_PERCENT = 1.0;

  /** Larger images are not decoded (about 160 MB of CMYK samples). */
  static final long MAX_IMAGE_PIXELS = 40_000_000;

  private final Findings findings;
  private final OutputCondition condition;
  private final InkColour colours = new InkColour();

  /** Each image XObject's ink, decoded once per document and drawn size (not once per use). */
  private final Map<COSStream, Map<ImageInk.Wanted, ImageInk>> inkByImage = new IdentityHashMap<>();

  private PageContext page;
  private InkRaster raster;

  InkCheck(Findings findings, OutputCondition condition) {
    this.findings = findings;
    this.condition = condition;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
    this.raster = new InkRaster(page.media());
  }

  @Override
  public void paint(Paint paint) {
    if (paint.origin() == Origin.PATTERN || paint.shape() == null) {
      return;
    }
    try {
      float[] ink =
          paint.shading() != null
              ? colours.strongest(paint.shading())
              : colours.cmyk(paint.colourSpace(), paint.components());
      if (ink != null) {
        raster.fill(paint.shape(), paint.state().getCurrentClippingPaths(), ink);
      }
    } catch (IOException | RuntimeException e) {
      findings.warning(
          page.number(),
          FIELD,
          "cannot measure the ink of a "
              + paint.kind().word()
              + " in "
              + paint.origin().description()
              + ": "
              + e.getMessage());
    }
  }

  @Override
  public void image(DrawnImage image) {
    if (image.origin() == Origin.PATTERN) {
      return;
    }
    long pixels = (long) image.image().getWidth() * image.image().getHeight();
    if (pixels > MAX_IMAGE_PIXELS) {
      findings.warning(
          page.number(),
          FIELD,
          "cannot measure the ink of an "
              + image.word()
              + " of "
              + image.image().getWidth()
              + " x "
              + image.image().getHeight()
              + " px in "
              + image.origin().description()
              + ": too large");
      return;
    }
    try {
      ink(image).drawOn(raster, image);
    } catch (IOException | RuntimeException e) {
      findings.warning(
          page.number(),
          FIELD,
          "cannot measure the ink of an "
              + image.word()
              + " in "
              + image.origin().description()
              + ": "
              + e.getMessage());
    }
  }

  private ImageInk ink(DrawnImage image) throws IOException {
    ImageInk.Wanted wanted = ImageInk.Wanted.of(image);
    if (!(image.image() instanceof PDImageXObject xObject)) {
      return ImageInk.of(image, wanted, colours); // inline: drawn once
    }
    Map<ImageInk.Wanted, ImageInk> bySize =
        inkByImage.computeIfAbsent(xObject.getCOSObject(), stream -> new HashMap<>());
    ImageInk ink = bySize.get(wanted);
    if (ink == null) {
      ink = ImageInk.of(image, wanted, colours);
      bySize.put(wanted, ink);
    }
    return ink;
  }

  @Override
  public void endPage() {
    InkRaster.Peak peak = raster.peak(page.bleed());
    raster.dispose();
    findings.inkPercent(peak.percent());
    if (peak.percent() > condition.maxInkPercent() + TOLERANCE_PERCENT) {
      findings.error(
          page.number(),
          FIELD,
          String.format(
              Locale.ROOT,
              "total area coverage %d%% at %.0f x %.0f mm from the top left of the trim,"
                  + " expected at most %d%% (%s)",
              Math.round(peak.percent()),
              Units.ptToMm(peak.xPt() - page.trim().getLowerLeftX()),
              Units.ptToMm(page.trim().getUpperRightY() - peak.yPt()),
              condition.maxInkPercent(),
              condition.identifier()));
    }
  }
}
