package dk.skoletjenesten.katalog.finishing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Refuses to label a document PDF/X-1a when it holds transparency or colour other than DeviceCMYK,
 * DeviceGray and spot colour. It reads resources and content operators only; the preflight's checks
 * go further (inline colour in nested forms, what is actually painted).
 */
final class X1aGuard {
  private static final int MAX_LISTED = 10;
  private static final Set<String> DEVICE_OK =
      Set.of("DeviceCMYK", "DeviceGray", "Pattern", "CMYK", "G");

  private final Set<String> findings = new LinkedHashSet<>();
  private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private String where;

  private X1aGuard() {}

  static void require(PDDocument document) throws IOException {
    X1aGuard guard = new X1aGuard();
    int number = 1;
    for (PDPage page : document.getPages()) {
      guard.scanPage(page, number++);
    }
    if (!guard.findings.isEmpty()) {
      throw new FinishingException(
          "cannot make PDF/X-1a, which allows no transparency and only"
              + " DeviceCMYK, DeviceGray and spot colour: "
              + guard.listed());
    }
  }

  private String listed() {
    List<String> all = new ArrayList<>(findings);
    String shown = String.join("; ", all.subList(0, Math.min(MAX_LISTED, all.size())));
    return all.size() > MAX_LISTED ? shown + "; and " + (all.size() - MAX_LISTED) + " more" : shown;
  }

  private void scanPage(PDPage page, int number) throws IOException {
    where = "page " + number;
    group(page.getCOSObject());
    resources(page.getCOSObject().getCOSDictionary(COSName.RESOURCES));
    operators(page);
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (annotation.getNormalAppearanceStream() != null) {
        form(annotation.getNormalAppearanceStream().getCOSObject());
      }
    }
  }

  private void found(String what) {
    findings.add(where + ": " + what);
  }

  private void group(COSDictionary owner) {
    COSDictionary group = owner.getCOSDictionary(COSName.GROUP);
    if (group != null && COSName.TRANSPARENCY.equals(group.getCOSName(COSName.S))) {
      found("transparency group");
    }
  }

  private void resources(COSDictionary resources) throws IOException {
    if (resources == null || !seen.add(resources)) {
      return;
    }
    for (COSBase state : values(resources, COSName.EXT_G_STATE)) {
      extGState(state);
    }
    for (COSBase space : values(resources, COSName.COLORSPACE)) {
      colourSpace(space);
    }
    for (COSBase shading : values(resources, COSName.SHADING)) {
      shading(shading);
    }
    for (COSBase pattern : values(resources, COSName.PATTERN)) {
      pattern(pattern);
    }
    for (COSBase xobject : values(resources, COSName.XOBJECT)) {
      xobject(xobject);
    }
    for (COSBase font : values(resources, COSName.FONT)) {
      if (font instanceof COSDictionary dictionary) {
        resources(dictionary.getCOSDictionary(COSName.RESOURCES));
      }
    }
  }

  private static List<COSBase> values(COSDictionary resources, COSName category) {
    COSDictionary entries = resources.getCOSDictionary(category);
    List<COSBase> values = new ArrayList<>();
    if (entries != null) {
      for (COSName key : entries.keySet()) {
        values.add(entries.getDictionaryObject(key));
      }
    }
    return values;
  }

  private void extGState(COSBase base) {
    if (!(base instanceof COSDictionary state)) {
      return;
    }
    COSBase softMask = state.getDictionaryObject(COSName.SMASK);
    if (softMask != null && !COSName.NONE.equals(softMask)) {
      found("transparency (soft mask)");
    }
    String blend = blendMode(state.getDictionaryObject(COSName.BM));
    if (blend != null && !blend.equals("Normal") && !blend.equals("Compatible")) {
      found("transparency (blend mode " + blend + ")");
    }
    for (COSName alpha : new COSName[] {COSName.CA, COSName.CA_NS}) {
      if (state.getDictionaryObject(alpha) instanceof COSNumber number && number.floatValue() < 1) {
        found(String.format(Locale.ROOT, "transparency (opacity %.2f)", number.floatValue()));
      }
    }
  }

  private static String blendMode(COSBase mode) {
    if (mode instanceof COSArray array && array.size() > 0) {
      return blendMode(array.getObject(0));
    }
    return mode instanceof COSName name ? name.getName() : null;
  }

  private void colourSpace(COSBase space) {
    if (space instanceof COSName name) {
      if (!DEVICE_OK.contains(name.getName())) {
        found(name.getName() + " colour");
      }
    } else if (space instanceof COSArray array
        && array.size() > 0
        && array.getObject(0) instanceof COSName family) {
      switch (family.getName()) {
        case "Indexed", "I", "Pattern" -> {
          if (array.size() > 1) {
            colourSpace(array.getObject(1));
          }
        }
        case "Separation", "DeviceN" -> {}
        default -> found(family.getName() + " colour");
      }
    }
  }

  private void shading(COSBase shading) {
    if (shading instanceof COSDictionary dictionary) {
      colourSpace(dictionary.getDictionaryObject(COSName.COLORSPACE));
    }
  }

  private void pattern(COSBase pattern) throws IOException {
    if (pattern instanceof COSStream tiling) {
      form(tiling);
    } else if (pattern instanceof COSDictionary shadingPattern) {
      shading(shadingPattern.getDictionaryObject(COSName.SHADING));
      extGState(shadingPattern.getDictionaryObject(COSName.EXT_G_STATE));
    }
  }

  private void xobject(COSBase base) throws IOException {
    if (!(base instanceof COSStream stream) || !seen.add(stream)) {
      return;
    }
    if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
      if (stream.getDictionaryObject(COSName.SMASK) != null
          || stream.getInt(COSName.SMASK_IN_DATA, 0) > 0) {
        found("transparency (image soft mask)");
      }
      colourSpace(stream.getDictionaryObject(COSName.COLORSPACE));
    } else {
      form(stream);
    }
  }

  private void form(COSStream stream) throws IOException {
    group(stream);
    resources(stream.getCOSDictionary(COSName.RESOURCES));
    operators(new PDFormXObject(stream));
  }

  private void operators(PDContentStream content) throws IOException {
    for (Object token : new PDFStreamParser(content).parse()) {
      if (token instanceof Operator operator) {
        switch (operator.getName()) {
          case "rg", "RG" -> found("DeviceRGB colour (" + operator.getName() + " operator)");
          case "BI" -> colourSpace(inlineColourSpace(operator));
          default -> {}
        }
      }
    }
  }

  private static COSBase inlineColourSpace(Operator operator) {
    COSDictionary parameters = operator.getImageParameters();
    if (parameters == null) {
      return null;
    }
    COSBase space = parameters.getDictionaryObject(COSName.CS, COSName.COLORSPACE);
    if (space instanceof COSName name) {
      // other names are device spaces we allow or refer to resources scanned already
      boolean rgb = name.getName().equals("RGB") || name.equals(COSName.DEVICERGB);
      return rgb ? COSName.DEVICERGB : null;
    }
    return space;
  }
}
