package dk.skoletjenesten.katalog.testing;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * Text a reader struggles to see, down to text that does not print at all (white on white paper):
 * the contrast between a glyph's fill colour and what was painted under it (the topmost coloured
 * fill, else the paper), as WCAG 2 defines it, below 4.5 : 1 for text under 14 pt and below 3 : 1
 * for larger text. Colours are taken to the screen the simple way (RGB = (1 - C)(1 - K) ...), which
 * is close enough to tell a readable page from an unreadable one. Text over a picture is not judged
 * (its background is not one colour).
 */
public final class TextContrast {
  private static final double SMALL_TEXT_MIN = 4.5;
  private static final double LARGE_TEXT_MIN = 3.0;
  private static final float LARGE_TEXT_PT = 14;

  private TextContrast() {}

  /** One line per weak run of text: {@code page 13: "Hvor kan du tage hen?" 2.3 : 1 at 9 pt}. */
  public static List<String> weak(PDDocument pdf) throws IOException {
    Set<String> found = new LinkedHashSet<>();
    int number = 1;
    for (PDPage page : pdf.getPages()) {
      Walker walker = new Walker(page, number);
      walker.processPage(page);
      walker.flush();
      found.addAll(walker.weak);
      number++;
    }
    return List.copyOf(found);
  }

  /** WCAG relative luminance of a colour given as components of gray, RGB or CMYK. */
  static double luminance(float[] c) {
    double[] rgb =
        switch (c.length) {
          case 1 -> new double[] {c[0], c[0], c[0]};
          case 3 -> new double[] {c[0], c[1], c[2]};
          case 4 ->
              new double[] {
                (1 - c[0]) * (1 - c[3]), (1 - c[1]) * (1 - c[3]), (1 - c[2]) * (1 - c[3])
              };
          default -> new double[] {0, 0, 0};
        };
    return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
  }

  private static double linear(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  static double ratio(double a, double b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private record Fill(Rectangle2D area, double luminance, boolean picture) {}

  private static final class Walker extends PDFGraphicsStreamEngine {
    private final int page;
    private final List<Fill> fills = new ArrayList<>();
    private final List<String> weak = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private String runVerdict;
    private Rectangle2D path;
    private Point2D current = new Point2D.Float();

    Walker(PDPage page, int number) {
      super(page);
      this.page = number;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
        throws IOException {
      super.showGlyph(trm, font, code, displacement);
      String text = font.toUnicode(code);
      if (text == null || text.codePoints().allMatch(Character::isSpaceChar) || text.isBlank()) {
        if (!run.isEmpty()) {
          run.append(' ');
        }
        return;
      }
      String verdict = verdict(trm);
      if (verdict != null && verdict.equals(runVerdict)) {
        run.append(text);
        return;
      }
      flush();
      if (verdict != null) {
        run.append(text);
        runVerdict = verdict;
      }
    }

    /** Why the glyph at {@code trm} is hard to see, or null when it is not. */
    private String verdict(Matrix trm) throws IOException {
      float x = trm.getTranslateX();
      float y = trm.getTranslateY();
      Fill under = null;
      for (Fill fill : fills) {
        if (fill.area().contains(x, y)) {
          under = fill;
        }
      }
      if (under != null && under.picture()) {
        return null;
      }
      double background = under == null ? 1.0 : under.luminance();
      PDColor colour = getGraphicsState().getNonStrokingColor();
      double ratio = ratio(luminance(colour.getComponents()), background);
      float size = trm.getScalingFactorY();
      double min = size >= LARGE_TEXT_PT ? LARGE_TEXT_MIN : SMALL_TEXT_MIN;
      return ratio < min ? String.format(Locale.ROOT, "%.1f : 1 at %.1f pt", ratio, size) : null;
    }

    void flush() {
      if (!run.isEmpty()) {
        weak.add("page " + page + ": \"" + run.toString().strip() + "\" " + runVerdict);
        run.setLength(0);
      }
      runVerdict = null;
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
    public void fillPath(int windingRule) throws IOException {
      if (path != null && path.getWidth() > 2 && path.getHeight() > 2) {
        float[] colour = getGraphicsState().getNonStrokingColor().getComponents();
        fills.add(new Fill(path, luminance(colour), false));
      }
      path = null;
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
      fillPath(windingRule);
    }

    @Override
    public void drawImage(PDImage image) {
      Matrix m = getGraphicsState().getCurrentTransformationMatrix();
      Rectangle2D.Double box = new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(), 0, 0);
      box.add(m.getTranslateX() + m.getScalingFactorX(), m.getTranslateY() + m.getScalingFactorY());
      fills.add(new Fill(box, 0, true));
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
