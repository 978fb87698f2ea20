package dk.skoletjenesten.katalog.preflight;

import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * PDF/X-1a allows no transparency: no soft masks (graphics state or image), no blend mode other
 * than Normal, no constant opacity below 1, no transparency groups. Only what is painted counts.
 */
final class TransparencyCheck implements PageCheck {
  static final String FIELD = ColourCheck.FIELD;

  private final Findings findings;
  private PageContext page;

  TransparencyCheck(Findings findings) {
    this.findings = findings;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
  }

  @Override
  public void paint(Paint paint) {
    state(paint.state(), paint.stroking(), paint.origin());
  }

  @Override
  public void image(DrawnImage image) {
    COSDictionary dictionary = image.image().getCOSObject();
    if (image.image() instanceof PDImageXObject
        && (dictionary.getDictionaryObject(COSName.SMASK) != null
            || dictionary.getInt(COSName.SMASK_IN_DATA, 0) > 0)) {
      report("image soft mask", image.origin());
    }
    state(image.state(), false, image.origin());
  }

  @Override
  public void transparencyGroup(COSDictionary group, Origin origin) {
    if (COSName.TRANSPARENCY.equals(group.getCOSName(COSName.S))) {
      report("transparency group", origin);
    }
  }

  private void state(PDGraphicsState state, boolean stroking, Origin origin) {
    if (state.getSoftMask() != null) {
      report("soft mask", origin);
    }
    BlendMode blend = state.getBlendMode();
    if (blend != null && blend != BlendMode.NORMAL) {
      report("blend mode " + blend.getCOSName().getName(), origin);
    }
    double alpha = stroking ? state.getAlphaConstant() : state.getNonStrokeAlphaConstant();
    if (alpha < 1) {
      report(String.format(Locale.ROOT, "opacity %.2f", alpha), origin);
    }
  }

  private void report(String what, Origin origin) {
    findings.error(
        page.number(),
        FIELD,
        "transparency (" + what + ") in " + origin.description() + ", not allowed in PDF/X-1a");
  }
}
