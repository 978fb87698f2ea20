package dk.skoletjenesten.katalog.preflight;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;

/**
 * A screen edition is RGB: a colour or image left in CMYK (DeviceCMYK or ICC-based CMYK, also as
 * the base of an indexed image) is an error, as a browser viewer shows it with an unknown profile
 * and the colours drift from the print edition's. Reported once per page and kind.
 */
final class ScreenColourCheck implements PageCheck {
  static final String FIELD = ColourCheck.FIELD;

  private final Findings findings;
  private final Set<String> found = new TreeSet<>();
  private PageContext page;

  ScreenColourCheck(Findings findings) {
    this.findings = findings;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
    found.clear();
  }

  @Override
  public void paint(Paint paint) {
    if (isCmyk(paint.colourSpace())) {
      found.add(paint.kind().word() + " in " + paint.origin().description());
    }
  }

  @Override
  public void image(DrawnImage image) {
    try {
      if (!image.image().isStencil() && isCmyk(image.image().getColorSpace())) {
        found.add(image.word() + " in " + image.origin().description());
      }
    } catch (IOException e) {
      findings.error(page.number(), FIELD, "colour space of an image cannot be read: " + e);
    }
  }

  @Override
  public void endPage() {
    for (String what : found) {
      findings.error(page.number(), FIELD, "CMYK " + what + "; a screen edition is RGB");
    }
  }

  private static boolean isCmyk(PDColorSpace space) {
    if (space instanceof PDIndexed indexed) {
      return isCmyk(indexed.getBaseColorSpace());
    }
    return space instanceof PDDeviceCMYK
        || (space instanceof PDICCBased icc && icc.getNumberOfComponents() == 4);
  }
}
