package dk.skoletjenesten.katalog.preflight;

import java.awt.color.ColorSpace;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.graphics.color.PDCalGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDCalRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceN;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDLab;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

/**
 * What a colour space means for print: its name in messages, its family and the spot colour names
 * it uses.
 *
 * @param name e.g. {@code DeviceRGB}, {@code ICCBased CMYK}, {@code Indexed DeviceRGB}
 * @param family the family
 * @param spotNames names of the spot colours (Separation and DeviceN colourants other than the four
 *     process colours)
 */
record ColourSpaceKind(String name, Family family, List<String> spotNames) {

  /** Colour spaces grouped by what the printer can do with them. */
  enum Family {
    /** DeviceCMYK, DeviceGray, and DeviceN of process colourants only. */
    PROCESS,
    /** ICCBased CMYK or gray, CalGray: fine for PDF/X-4, not for PDF/X-1a. */
    CALIBRATED,
    /** DeviceRGB, CalRGB, ICCBased RGB: never for our printer. */
    RGB,
    /** Lab, ICCBased Lab: never for our printer. */
    LAB,
    /** Separation or DeviceN naming spot colours. */
    SPOT,
    /** Separation None: paints nothing. */
    NONE,
    /** Anything else (a pattern not resolved further). */
    OTHER
  }

  static final Set<String> PROCESS_COLOURANTS = Set.of("Cyan", "Magenta", "Yellow", "Black");

  static ColourSpaceKind of(PDColorSpace space) throws IOException {
    if (space instanceof PDDeviceCMYK || space instanceof PDDeviceGray) {
      return simple(space.getName(), Family.PROCESS);
    } else if (space instanceof PDDeviceRGB || space instanceof PDCalRGB) {
      return simple(space.getName(), Family.RGB);
    } else if (space instanceof PDCalGray) {
      return simple(space.getName(), Family.CALIBRATED);
    } else if (space instanceof PDLab) {
      return simple(space.getName(), Family.LAB);
    } else if (space instanceof PDICCBased icc) {
      return iccBased(icc);
    } else if (space instanceof PDIndexed indexed) {
      ColourSpaceKind base = of(indexed.getBaseColorSpace());
      return new ColourSpaceKind("Indexed " + base.name(), base.family(), base.spotNames());
    } else if (space instanceof PDSeparation separation) {
      return separation(separation.getColorantName());
    } else if (space instanceof PDDeviceN deviceN) {
      return deviceN(deviceN.getColorantNames());
    }
    return simple(space == null ? "unknown colour space" : space.getName(), Family.OTHER);
  }

  private static ColourSpaceKind simple(String name, Family family) {
    return new ColourSpaceKind(name, family, List.of());
  }

  private static ColourSpaceKind iccBased(PDICCBased icc) {
    return switch (icc.getNumberOfComponents()) {
      case 1 -> simple("ICCBased gray", Family.CALIBRATED);
      case 4 -> simple("ICCBased CMYK", Family.CALIBRATED);
      default ->
          icc.getColorSpaceType() == ColorSpace.TYPE_Lab
              ? simple("ICCBased Lab", Family.LAB)
              : simple("ICCBased RGB", Family.RGB);
    };
  }

  private static ColourSpaceKind separation(String colourant) {
    if ("None".equals(colourant)) {
      return simple("Separation None", Family.NONE);
    }
    if (PROCESS_COLOURANTS.contains(colourant)) {
      return simple("Separation " + colourant, Family.PROCESS);
    }
    return new ColourSpaceKind("Separation " + colourant, Family.SPOT, List.of(colourant));
  }

  private static ColourSpaceKind deviceN(List<String> colourants) {
    List<String> spots =
        colourants.stream()
            .filter(name -> !PROCESS_COLOURANTS.contains(name) && !name.equals("None"))
            .toList();
    String name = "DeviceN " + String.join(", ", colourants);
    return spots.isEmpty()
        ? simple(name, Family.PROCESS)
        : new ColourSpaceKind(name, Family.SPOT, spots);
  }
}
