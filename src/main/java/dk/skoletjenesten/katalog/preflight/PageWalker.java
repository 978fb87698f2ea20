package dk.skoletjenesten.katalog.preflight;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Interprets one page (content, form XObjects, annotation appearances, Type3 glyphs, tiling
 * patterns) and tells the {@link PageCheck}s what is painted where, in page space.
 */
final class PageWalker extends PathTracer {
  private static final int MAX_NESTING = 24;
  private static final Rectangle2D UNIT_SQUARE = new Rectangle2D.Double(0, 0, 1, 1);

  private final List<PageCheck> checks;
  private final GlyphOutlines outlines;
  private final Deque<Origin> origins = new ArrayDeque<>();

  PageWalker(PDPage page, List<PageCheck> checks, GlyphOutlines outlines) {
    super(page);
    this.checks = checks;
    this.outlines = outlines;
    origins.push(Origin.PAGE);
  }

  void walk() throws IOException {
    PDPage page = getPage();
    COSDictionary group = page.getCOSObject().getCOSDictionary(COSName.GROUP);
    if (group != null) {
      checks.forEach(check -> check.transparencyGroup(group, Origin.PAGE));
    }
    processPage(page);
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (!annotation.isHidden() && getAppearance(annotation) != null) {
        within(Origin.ANNOTATION, () -> showAnnotation(annotation));
      }
    }
  }

  private void within(Origin origin, Step step) throws IOException {
    if (origins.size() > MAX_NESTING) {
      return;
    }
    origins.push(origin);
    try {
      step.run();
    } finally {
      origins.pop();
    }
  }

  private void emit(Paint paint) {
    checks.forEach(check -> check.paint(paint));
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    within(Origin.FORM, () -> super.showForm(form));
  }

  @Override
  public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
    COSDictionary group = form.getCOSObject().getCOSDictionary(COSName.GROUP);
    if (group != null) {
      checks.forEach(check -> check.transparencyGroup(group, origins.peek()));
    }
    within(Origin.FORM, () -> super.showTransparencyGroup(form));
  }

  @Override
  public void showTextString(byte[] string) throws IOException {
    checks.forEach(PageCheck::textStart);
    super.showTextString(string);
    checks.forEach(PageCheck::textEnd);
  }

  @Override
  public void showTextStrings(COSArray array) throws IOException {
    checks.forEach(PageCheck::textStart);
    super.showTextStrings(array);
    checks.forEach(PageCheck::textEnd);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    PDGraphicsState state = getGraphicsState();
    RenderingMode mode = state.getTextState().getRenderingMode();
    AffineTransform at = textRenderingMatrix.createAffineTransform();
    at.concatenate(font.getFontMatrix().createAffineTransform());
    Shape outline = outline(font, code, at);
    Rectangle2D bounds = outline != null ? bounds(outline) : type3Bounds(font, at);
    Glyph glyph =
        new Glyph(
            origins.peek(),
            font,
            code,
            font.toUnicode(code),
            bounds,
            mode.isFill() || mode.isStroke(),
            mode.isFill(),
            Math.abs(textRenderingMatrix.getScalingFactorY()),
            textRenderingMatrix.getTranslateX(),
            textRenderingMatrix.getTranslateY(),
            state.getCurrentClippingPath(),
            state.getNonStrokingColorSpace(),
            state.getNonStrokingColor().getComponents());
    checks.forEach(check -> check.glyph(glyph));
    if (outline != null && mode.isFill()) {
      paint(
          Paint.Kind.TEXT, outline, state.getNonStrokingColorSpace(), state.getNonStrokingColor());
    }
    if (outline != null && mode.isStroke()) {
      paint(Paint.Kind.TEXT, outline, state.getStrokingColorSpace(), state.getStrokingColor());
    }
    if (font instanceof PDType3Font) {
      within(Origin.TYPE3, () -> super.showGlyph(textRenderingMatrix, font, code, displacement));
    }
  }

  private Shape outline(PDFont font, int code, AffineTransform at) {
    GeneralPath path = outlines.of(font, code);
    return path != null ? at.createTransformedShape(path) : null;
  }

  private static Rectangle2D bounds(Shape outline) {
    Rectangle2D bounds = outline.getBounds2D();
    return bounds.isEmpty() ? null : bounds;
  }

  private static Rectangle2D type3Bounds(PDFont font, AffineTransform at) throws IOException {
    var box = font.getBoundingBox();
    Rectangle2D glyphSpace =
        new Rectangle2D.Float(
            box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
    return bounds(at.createTransformedShape(glyphSpace));
  }

  @Override
  public void drawImage(PDImage image) throws IOException {
    PDGraphicsState state = getGraphicsState();
    AffineTransform placement = state.getCurrentTransformationMatrix().createAffineTransform();
    if (image.isStencil()) {
      paint(
          Paint.Kind.FILL,
          placement.createTransformedShape(UNIT_SQUARE),
          state.getNonStrokingColorSpace(),
          state.getNonStrokingColor());
      return;
    }
    DrawnImage drawn = new DrawnImage(origins.peek(), image, placement, state);
    checks.forEach(check -> check.image(drawn));
  }

  @Override
  public void shadingFill(COSName shadingName) throws IOException {
    PDShading shading = getResources().getShading(shadingName);
    if (shading == null) {
      return;
    }
    Area area = new Area(getGraphicsState().getCurrentClippingPath());
    if (shading.getBBox() != null) {
      AffineTransform ctm =
          getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
      area.intersect(new Area(ctm.createTransformedShape(shading.getBBox().toGeneralPath())));
    }
    emit(
        new Paint(
            Paint.Kind.SHADING,
            origins.peek(),
            area,
            shading.getColorSpace(),
            null,
            shading,
            getGraphicsState()));
  }

  private void paint(Paint.Kind kind, Shape shape, PDColorSpace space, PDColor colour)
      throws IOException {
    if (space instanceof PDPattern pattern) {
      paintPattern(kind, shape, pattern, colour);
    } else {
      emit(
          new Paint(
              kind,
              origins.peek(),
              shape,
              space,
              colour.getComponents(),
              null,
              getGraphicsState()));
    }
  }

  private void paintPattern(Paint.Kind kind, Shape shape, PDPattern space, PDColor colour)
      throws IOException {
    PDAbstractPattern pattern = space.getPattern(colour);
    if (pattern instanceof PDShadingPattern shadingPattern && shadingPattern.getShading() != null) {
      PDShading shading = shadingPattern.getShading();
      emit(
          new Paint(
              kind,
              origins.peek(),
              shape,
              shading.getColorSpace(),
              null,
              shading,
              getGraphicsState()));
    } else if (pattern instanceof PDTilingPattern tiling) {
      PDColorSpace underlying = space.getUnderlyingColorSpace();
      if (tiling.getPaintType() == PDTilingPattern.PAINT_UNCOLORED && underlying != null) {
        emit(
            new Paint(
                kind,
                origins.peek(),
                shape,
                underlying,
                colour.getComponents(),
                null,
                getGraphicsState()));
      }
      withFreshPath(
          () -> within(Origin.PATTERN, () -> processTilingPattern(tiling, colour, underlying)));
    }
  }

  @Override
  void filled(GeneralPath shape) throws IOException {
    PDGraphicsState state = getGraphicsState();
    paint(Paint.Kind.FILL, shape, state.getNonStrokingColorSpace(), state.getNonStrokingColor());
  }

  @Override
  void stroked(Shape outline) throws IOException {
    PDGraphicsState state = getGraphicsState();
    paint(Paint.Kind.STROKE, outline, state.getStrokingColorSpace(), state.getStrokingColor());
  }
}
