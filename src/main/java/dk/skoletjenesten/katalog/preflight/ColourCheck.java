package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.print.PrintStandard;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;

/**
 * Colour spaces of everything painted: no RGB or Lab anywhere; for PDF/X-1a no ICC-based or
 * calibrated colour either. Spot colours are collected for the report; one that is not in the
 * profile's allowed list gives a warning on the first page it appears.
 */
final class ColourCheck implements PageCheck {
  static final String FIELD = "colour";

  private final Findings findings;
  private final PreflightProfile profile;
  private final Set<String> warnedSpots = new TreeSet<>();
  private PageContext page;

  ColourCheck(Findings findings, PreflightProfile profile) {
    this.findings = findings;
    this.profile = profile;
  }

  @Override
  public void startPage(PageContext page) {
    this.page = page;
  }

  @Override
  public void paint(Paint paint) {
    String what =
        paint.shading() != null && paint.kind() != Paint.Kind.SHADING
            ? paint.kind().word() + " (shading pattern)"
            : paint.kind().word();
    check(paint.colourSpace(), what, paint.origin());
  }

  @Override
  public void image(DrawnImage image) {
    try {
      check(image.image().getColorSpace(), image.word(), image.origin());
    } catch (IOException | RuntimeException e) {
      findings.error(
          page.number(),
          FIELD,
          "colour space of an "
              + image.word()
              + " in "
              + image.origin().description()
              + " cannot be read: "
              + e.getMessage());
    }
  }

  @Override
  public void transparencyGroup(COSDictionary group, Origin origin) {
    COSBase space = group.getDictionaryObject(COSName.CS);
    if (space == null) {
      return;
    }
    try {
      check(PDColorSpace.create(space), "transparency group", origin);
    } catch (IOException | RuntimeException e) {
      findings.error(
          page.number(),
          FIELD,
          "blending colour space of a transparency group in "
              + origin.description()
              + " cannot be read: "
              + e.getMessage());
    }
  }

  private void check(PDColorSpace space, String what, Origin origin) {
    ColourSpaceKind kind;
    try {
      kind = ColourSpaceKind.of(space);
    } catch (IOException | RuntimeException e) {
      findings.error(
          page.number(),
          FIELD,
          "colour space of a "
              + what
              + " in "
              + origin.description()
              + " cannot be read: "
              + e.getMessage());
      return;
    }
    String where = kind.name() + " " + what + " in " + origin.description();
    switch (kind.family()) {
      case RGB, LAB -> findings.error(page.number(), FIELD, where);
      case CALIBRATED -> {
        if (profile.requires(PrintStandard.PDF_X_1A)) {
          findings.error(page.number(), FIELD, where + ", not allowed in PDF/X-1a");
        }
      }
      case SPOT -> kind.spotNames().forEach(this::spot);
      default -> {}
    }
  }

  private void spot(String name) {
    findings.spotColour(name);
    if (!profile.allowedSpotColours().contains(name) && warnedSpots.add(name)) {
      findings.warning(
          page.number(),
          FIELD,
          "spot colour \"" + name + "\" is not in the allowed list (" + allowed() + ")");
    }
  }

  private String allowed() {
    Set<String> names = new TreeSet<>(profile.allowedSpotColours());
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
