package dk.skoletjenesten.katalog.testing;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Text that prints nothing a reader can see: glyphs filled in paper white (CMYK 0/0/0/0, gray 1)
 * where nothing coloured was painted under them, e.g. a running head that kept the white of a
 * section opener onto the plain pages after it. Only white text on white paper is reported; white
 * text on a coloured area or a picture is what designers mean it to be.
 */
public final class UnprintedText {
  private UnprintedText() {}

  /** The unprinted runs of text, one line each: {@code page 14: "KUNST, DESIGN ..."}. */
  public static List<String> find(PDDocument pdf) throws IOException {
    List<String> found = new ArrayList<>();
    int number = 1;
    for (PDPage page : pdf.getPages()) {
      Walker walker = new Walker(page);
      walker.processPage(page);
      walker.flush();
      for (String run : walker.unprinted) {
        found.add("page " + number + ": \"" + run + "\"");
      }
      number++;
    }
    return found;
  }

  private static boolean white(PDColor colour) {
    float[] c = colour.getComponents();
    return switch (c.length) {
      case 1 -> c[0] >= 0.999f;
      case 3 -> c[0] >= 0.999f && c[1] >= 0.999f && c[2] >= 0.999f;
      case 4 -> c[0] <= 0.001f && c[1] <= 0.001f && c[2] <= 0.001f && c[3] <= 0.001f;
      default -> false;
    };
  }

  /** Walks one page: coloured fills and pictures so far, and white glyphs outside all of them. */
  private static final class Walker extends PDFGraphicsStreamEngine {
    private final List<Rectangle2D> coloured = new ArrayList<>();
    private final List<String> unprinted = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private Rectangle2D path;
    private Point2D current = new Point2D.Float();

    Walker(PDPage page) {
      super(page);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
        throws IOException {
      super.showGlyph(trm, font, code, displacement);
      String text = font.toUnicode(code);
      if (text != null && text.isBlank() && !run.isEmpty()) {
        run.append(' ');
        return;
      }
      boolean invisible =
          white(getGraphicsState().getNonStrokingColor())
              && text != null
              && !text.isBlank()
              && coloured.stream()
                  .noneMatch(r -> r.contains(trm.getTranslateX(), trm.getTranslateY()));
      if (invisible) {
        run.append(text);
      } else {
        flush();
      }
    }

    void flush() {
      if (!run.isEmpty()) {
        unprinted.add(run.toString().strip());
        run.setLength(0);
      }
    }

    private void add(Point2D p) {
      if (path == null) {
        path = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
      } else {
        path.add(p);
      }
      current = p;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      add(p0);
      add(p1);
      add(p2);
      add(p3);
    }

    @Override
    public void moveTo(float x, float y) {
      add(new Point2D.Float(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
      add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      add(new Point2D.Float(x1, y1));
      add(new Point2D.Float(x2, y2));
      add(new Point2D.Float(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path = null;
    }

    @Override
    public void strokePath() {
      path = null;
    }

    @Override
    public void fillPath(int windingRule) {
      if (path != null && !white(getGraphicsState().getNonStrokingColor())) {
        coloured.add(path);
      }
      path = null;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      fillPath(windingRule);
    }

    @Override
    public void drawImage(PDImage image) {
      Matrix m = getGraphicsState().getCurrentTransformationMatrix();
      Rectangle2D.Double box = new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(), 0, 0);
      box.add(m.getTranslateX() + m.getScalingFactorX(), m.getTranslateY() + m.getScalingFactorY());
      coloured.add(box);
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
