package dk.skoletjenesten.katalog.screen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDSoftMask;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;

/**
 * Rewrites every content stream (pages, form XObjects, tiling patterns, soft-mask groups and
 * annotation appearances) so that CMYK colours become RGB: {@code k}/{@code K} become {@code
 * rg}/{@code RG}, a CMYK colour space set with {@code cs}/{@code CS} becomes DeviceRGB and the
 * {@code sc}/{@code scn} colours painted in it are converted; transparency groups blend in RGB. The
 * drawing itself is not touched.
 */
final class RgbContent {
  private final RgbColours colours;
  private final Set<COSBase> done = Collections.newSetFromMap(new IdentityHashMap<>());

  RgbContent(RgbColours colours) {
    this.colours = colours;
  }

  void recolour(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      List<Object> tokens = recolour(parse(page), page.getResources());
      PDStream contents = new PDStream(document);
      write(contents.getCOSObject(), tokens);
      page.setContents(contents);
      group(page.getCOSObject());
      resources(page.getResources());
      for (PDAnnotation annotation : page.getAnnotations()) {
        appearances(annotation);
      }
    }
  }

  private void resources(PDResources resources) throws IOException {
    if (resources == null || !done.add(resources.getCOSObject())) {
      return;
    }
    COSDictionary xobjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
    if (xobjects != null) {
      for (COSName name : xobjects.keySet()) {
        if (xobjects.getDictionaryObject(name) instanceof COSStream stream
            && COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
          form(new PDFormXObject(stream));
        }
      }
    }
    for (COSName name : resources.getPatternNames()) {
      PDAbstractPattern pattern = resources.getPattern(name);
      if (pattern instanceof PDTilingPattern tiling
          && tiling.getCOSObject() instanceof COSStream stream
          && done.add(stream)) {
        rewrite(tiling, stream, tiling.getResources());
        resources(tiling.getResources());
      }
    }
    for (COSName name : resources.getExtGStateNames()) {
      PDExtendedGraphicsState state = resources.getExtGState(name);
      PDSoftMask mask = state == null ? null : state.getSoftMask();
      if (mask != null && mask.getGroup() != null) {
        form(mask.getGroup());
      }
    }
  }

  private void form(PDFormXObject form) throws IOException {
    if (!done.add(form.getCOSObject())) {
      return;
    }
    rewrite(form, form.getCOSObject(), form.getResources());
    group(form.getCOSObject());
    resources(form.getResources());
  }

  private void appearances(PDAnnotation annotation) throws IOException {
    if (annotation.getAppearance() == null) {
      return;
    }
    PDAppearanceEntry normal = annotation.getAppearance().getNormalAppearance();
    if (normal == null) {
      return;
    }
    if (normal.isStream()) {
      form(normal.getAppearanceStream());
    } else {
      for (var state : normal.getSubDictionary().values()) {
        form(state);
      }
    }
  }

  private void rewrite(PDContentStream content, COSStream stream, PDResources resources)
      throws IOException {
    write(stream, recolour(parse(content), resources));
  }

  private static List<Object> parse(PDContentStream content) throws IOException {
    return new PDFStreamParser(content).parse();
  }

  private static void write(COSStream stream, List<Object> tokens) throws IOException {
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      new ContentStreamWriter(out).writeTokens(tokens);
    }
  }

  /** A transparency group that blends in CMYK blends in RGB instead. */
  private static void group(COSDictionary owner) throws IOException {
    COSDictionary group = owner.getCOSDictionary(COSName.GROUP);
    if (group != null && isCmyk(group.getDictionaryObject(COSName.CS), null)) {
      group.setItem(COSName.CS, COSName.DEVICERGB);
    }
  }

  private List<Object> recolour(List<Object> tokens, PDResources resources) throws IOException {
    List<Object> out = new ArrayList<>(tokens.size());
    List<COSBase> operands = new ArrayList<>();
    Deque<boolean[]> saved = new ArrayDeque<>();
    // [0]: the fill colour space is CMYK (now written as RGB); [1]: the stroke colour space
    boolean[] cmyk = {false, false};
    for (Object token : tokens) {
      if (token instanceof COSBase operand) {
        operands.add(operand);
        continue;
      }
      Operator operator = (Operator) token;
      String name = operator.getName();
      switch (name) {
        case "q" -> saved.push(cmyk.clone());
        case "Q" -> cmyk = saved.isEmpty() ? cmyk : saved.pop();
        case "k", "K" -> {
          if (components(operands)) {
            operands = rgb(operands);
            operator = Operator.getOperator(name.equals("k") ? "rg" : "RG");
          }
          cmyk[name.equals("k") ? 0 : 1] = true;
        }
        case "g", "rg" -> cmyk[0] = false;
        case "G", "RG" -> cmyk[1] = false;
        case "cs", "CS" -> {
          int which = name.equals("cs") ? 0 : 1;
          cmyk[which] = operands.size() == 1 && isCmyk(operands.get(0), resources);
          if (cmyk[which]) {
            operands = List.of(COSName.DEVICERGB);
          }
        }
        case "sc", "scn", "SC", "SCN" -> {
          if (cmyk[name.startsWith("s") ? 0 : 1] && components(operands)) {
            operands = rgb(operands);
          }
        }
        default -> {
          // drawing, text and state operators pass unchanged
        }
      }
      out.addAll(operands);
      out.add(operator);
      operands = new ArrayList<>();
    }
    out.addAll(operands);
    return out;
  }

  private static boolean components(List<COSBase> operands) {
    return operands.size() == 4 && operands.stream().allMatch(o -> o instanceof COSNumber);
  }

  private List<COSBase> rgb(List<COSBase> cmyk) {
    float[] values = new float[4];
    for (int i = 0; i < 4; i++) {
      values[i] = ((COSNumber) cmyk.get(i)).floatValue();
    }
    float[] rgb = colours.rgb(values);
    return List.of(new COSFloat(rgb[0]), new COSFloat(rgb[1]), new COSFloat(rgb[2]));
  }

  /**
   * Whether {@code space} (a colour space name, a resource name or a colour space array) is
   * DeviceCMYK or an ICC-based CMYK.
   */
  private static boolean isCmyk(COSBase space, PDResources resources) throws IOException {
    if (space == null) {
      return false;
    }
    if (COSName.DEVICECMYK.equals(space)) {
      return true;
    }
    if (space instanceof COSName name && resources != null && resources.hasColorSpace(name)) {
      return isCmyk(resources.getColorSpace(name));
    }
    if (space instanceof COSArray) {
      return isCmyk(PDColorSpace.create(space));
    }
    return false;
  }

  private static boolean isCmyk(PDColorSpace space) {
    return space instanceof PDDeviceCMYK
        || (space instanceof PDICCBased icc && icc.getNumberOfComponents() == 4);
  }
}
