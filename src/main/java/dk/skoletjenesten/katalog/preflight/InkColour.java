package dk.skoletjenesten.katalog.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.common.function.PDFunction;
import org.apache.pdfbox.pdmodel.graphics.color.PDCalGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceN;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;

/**
 * The CMYK ink amounts (0-1 each) a colour puts on paper. Process and calibrated CMYK/gray map
 * directly, spot colours through their tint transform to the alternate space ({@code All} is 100%
 * of every ink), RGB and Lab naively (they are errors anyway). Null means no ink or unknown.
 */
final class InkColour {
  private static final List<String> PROCESS = List.of("Cyan", "Magenta", "Yellow", "Black");
  private static final float[] SAMPLES = {0f, 0.25f, 0.5f, 0.75f, 1f};

  private final Map<COSBase, PDFunction> functions = new IdentityHashMap<>();
  private final Map<COSBase, byte[]> lookups = new IdentityHashMap<>();

  float[] cmyk(PDColorSpace space, float[] components) throws IOException {
    if (space == null || components == null || components.length < space.getNumberOfComponents()) {
      return null;
    }
    if (space instanceof PDDeviceCMYK
        || space instanceof PDICCBased icc && icc.getNumberOfComponents() == 4) {
      return new float[] {components[0], components[1], components[2], components[3]};
    } else if (space instanceof PDDeviceGray
        || space instanceof PDCalGray
        || space instanceof PDICCBased icc1 && icc1.getNumberOfComponents() == 1) {
      return new float[] {0, 0, 0, 1 - components[0]};
    } else if (space instanceof PDSeparation separation) {
      return separation(separation, components[0]);
    } else if (space instanceof PDDeviceN deviceN) {
      return deviceN(deviceN, components);
    } else if (space instanceof PDIndexed indexed) {
      return indexed(indexed, (int) components[0]);
    } else if (space.getNumberOfComponents() <= 3) {
      return fromRgb(space.toRGB(components));
    }
    return null;
  }

  /** The strongest ink sum a shading reaches, sampled along its function (null for meshes). */
  float[] strongest(PDShading shading) throws IOException {
    if (shading.getShadingType() < 1 || shading.getShadingType() > 3) {
      return null;
    }
    float[] best = null;
    for (float t : SAMPLES) {
      float[] input = shading.getShadingType() == 1 ? new float[] {t, t} : new float[] {t};
      float[] ink = cmyk(shading.getColorSpace(), shading.evalFunction(input));
      if (ink != null && (best == null || sum(ink) > sum(best))) {
        best = ink;
      }
    }
    return best;
  }

  static float sum(float[] cmyk) {
    return cmyk[0] + cmyk[1] + cmyk[2] + cmyk[3];
  }

  private float[] separation(PDSeparation separation, float tint) throws IOException {
    switch (separation.getColorantName()) {
      case "None":
        return null;
      case "All":
        return new float[] {tint, tint, tint, tint};
      default:
        COSBase function = ((COSArray) separation.getCOSObject()).getObject(3);
        return cmyk(
            separation.getAlternateColorSpace(), function(function).eval(new float[] {tint}));
    }
  }

  private float[] deviceN(PDDeviceN deviceN, float[] tints) throws IOException {
    List<String> names = deviceN.getColorantNames();
    if (PROCESS.containsAll(names)) {
      float[] cmyk = new float[4];
      for (int i = 0; i < names.size(); i++) {
        cmyk[PROCESS.indexOf(names.get(i))] = tints[i];
      }
      return cmyk;
    }
    COSBase function = ((COSArray) deviceN.getCOSObject()).getObject(3);
    return cmyk(deviceN.getAlternateColorSpace(), function(function).eval(tints));
  }

  private float[] indexed(PDIndexed indexed, int index) throws IOException {
    PDColorSpace base = indexed.getBaseColorSpace();
    int n = base.getNumberOfComponents();
    byte[] lookup = lookup(((COSArray) indexed.getCOSObject()).getObject(3));
    if (index < 0 || (index + 1) * n > lookup.length) {
      return null;
    }
    float[] components = new float[n];
    for (int i = 0; i < n; i++) {
      components[i] = (lookup[index * n + i] & 0xFF) / 255f;
    }
    return cmyk(base, components);
  }

  private PDFunction function(COSBase base) throws IOException {
    PDFunction function = functions.get(base);
    if (function == null) {
      function = PDFunction.create(base);
      functions.put(base, function);
    }
    return function;
  }

  private byte[] lookup(COSBase base) throws IOException {
    byte[] bytes = lookups.get(base);
    if (bytes == null) {
      bytes = base instanceof COSString string ? string.getBytes() : new byte[0];
      if (base instanceof COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
          bytes = in.readAllBytes();
        }
      }
      lookups.put(base, bytes);
    }
    return bytes;
  }

  private static float[] fromRgb(float[] rgb) {
    float c = 1 - rgb[0];
    float m = 1 - rgb[1];
    float y = 1 - rgb[2];
    float k = Math.min(c, Math.min(m, y));
    if (k >= 1) {
      return new float[] {0, 0, 0, 1};
    }
    return new float[] {(c - k) / (1 - k), (m - k) / (1 - k), (y - k) / (1 - k), k};
  }
}
