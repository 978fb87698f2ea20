package dk.skoletjenesten.katalog.sampledata;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

/**
 * Simple logos drawn for the sample: a publisher mark and a few institution and municipality marks.
 * No text (fonts differ between machines) and no borrowed designs. Each is drawn on a unit square
 * scaled to the image size, with a transparent background.
 */
final class Logos {
  private static final Color TEAL = new Color(0x00, 0x6d, 0x77);
  private static final Color SAND = new Color(0xf2, 0xd0, 0x8a);
  private static final Color SEA = new Color(0x2a, 0x6f, 0xb0);
  private static final Color DEEP = new Color(0x1d, 0x35, 0x57);
  private static final Color LEAF = new Color(0x5a, 0x9e, 0x4b);
  private static final Color RED = new Color(0xb8, 0x32, 0x3a);
  private static final Color CLAY = new Color(0xc4, 0x6a, 0x3c);
  private static final Color WHITE = Color.WHITE;

  private Logos() {}

  private static BufferedImage draw(int px, Consumer<Graphics2D> painter) {
    BufferedImage image = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = ImageFiles.canvas(image);
    g.scale(px, px);
    painter.accept(g);
    g.dispose();
    return image;
  }

  /** An open doorway with a path leading out to a sun: learning outside the classroom. */
  static BufferedImage publisherMark(int px) {
    return draw(
        px,
        g -> {
          g.setColor(TEAL);
          g.fill(new RoundRectangle2D.Double(0.02, 0.02, 0.96, 0.96, 0.22, 0.22));
          g.setColor(SAND);
          g.fill(new Ellipse2D.Double(0.58, 0.16, 0.22, 0.22));
          g.setColor(WHITE);
          GeneralPath door = new GeneralPath();
          door.moveTo(0.22, 0.84);
          door.lineTo(0.22, 0.42);
          door.append(new Arc2D.Double(0.22, 0.24, 0.32, 0.36, 180, -180, Arc2D.OPEN), true);
          door.lineTo(0.54, 0.84);
          door.closePath();
          g.fill(door);
          g.setColor(TEAL);
          GeneralPath path = new GeneralPath();
          path.moveTo(0.30, 0.84);
          path.curveTo(0.36, 0.70, 0.44, 0.62, 0.62, 0.40);
          path.lineTo(0.66, 0.42);
          path.curveTo(0.52, 0.62, 0.48, 0.72, 0.46, 0.84);
          path.closePath();
          g.fill(path);
        });
  }

  /** A fjord between green hills with a white sail, in a circle. */
  static BufferedImage aabenraa(int px) {
    return draw(
        px,
        g -> {
          Ellipse2D circle = new Ellipse2D.Double(0.03, 0.03, 0.94, 0.94);
          g.setColor(new Color(0xe8, 0xf1, 0xf8));
          g.fill(circle);
          g.setClip(circle);
          g.setColor(LEAF);
          g.fill(wave(0.40, 0.10, 0.9));
          g.setColor(SEA);
          g.fill(wave(0.58, 0.05, 2.2));
          g.setColor(DEEP);
          g.fill(wave(0.74, 0.04, 3.1));
          g.setColor(WHITE);
          GeneralPath sail = new GeneralPath();
          sail.moveTo(0.50, 0.30);
          sail.lineTo(0.50, 0.56);
          sail.lineTo(0.34, 0.56);
          sail.closePath();
          g.fill(sail);
          g.setClip(null);
          g.setColor(DEEP);
          g.setStroke(new BasicStroke(0.03f));
          g.draw(circle);
        });
  }

  /** Two red curtains over a stage line. */
  static BufferedImage theatre(int px) {
    return draw(
        px,
        g -> {
          g.setColor(DEEP);
          g.fill(new RoundRectangle2D.Double(0.04, 0.04, 0.92, 0.92, 0.12, 0.12));
          g.setColor(RED);
          for (int side = 0; side < 2; side++) {
            GeneralPath curtain = new GeneralPath();
            double x = side == 0 ? 0.12 : 0.88;
            double dir = side == 0 ? 1 : -1;
            curtain.moveTo(x, 0.12);
            curtain.lineTo(x + dir * 0.34, 0.12);
            curtain.curveTo(x + dir * 0.30, 0.40, x + dir * 0.14, 0.60, x + dir * 0.10, 0.80);
            curtain.lineTo(x, 0.80);
            curtain.closePath();
            g.fill(curtain);
          }
          g.setColor(SAND);
          g.fill(new Rectangle2D.Double(0.12, 0.80, 0.76, 0.05));
        });
  }

  /** A low sun over waves and a dune with grass. */
  static BufferedImage beach(int px) {
    return draw(
        px,
        g -> {
          g.setColor(new Color(0xfd, 0xf3, 0xe1));
          g.fill(new Ellipse2D.Double(0.03, 0.03, 0.94, 0.94));
          g.setClip(new Ellipse2D.Double(0.03, 0.03, 0.94, 0.94));
          g.setColor(new Color(0xf0, 0x9a, 0x3e));
          g.fill(new Ellipse2D.Double(0.32, 0.22, 0.36, 0.36));
          g.setColor(SEA);
          g.fill(wave(0.52, 0.03, 3.0));
          g.setColor(SAND);
          g.fill(wave(0.70, 0.06, 1.2));
          g.setColor(LEAF);
          g.setStroke(new BasicStroke(0.018f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          for (int i = 0; i < 7; i++) {
            double x = 0.20 + i * 0.05;
            g.draw(new QuadCurve2D.Double(x, 0.74, x - 0.02, 0.64, x + 0.03 * (i % 3 - 1), 0.56));
          }
        });
  }

  /** A clay pot with rays of light. */
  static BufferedImage pottery(int px) {
    return draw(
        px,
        g -> {
          g.setColor(SAND);
          g.setStroke(new BasicStroke(0.025f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          for (int i = 0; i < 9; i++) {
            double a = Math.PI * (0.1 + 0.1 * i);
            g.draw(
                new Line2D.Double(
                    0.5 - 0.30 * Math.cos(a),
                    0.42 - 0.30 * Math.sin(a),
                    0.5 - 0.44 * Math.cos(a),
                    0.42 - 0.44 * Math.sin(a)));
          }
          g.setColor(CLAY);
          GeneralPath pot = new GeneralPath();
          pot.moveTo(0.40, 0.28);
          pot.lineTo(0.60, 0.28);
          pot.curveTo(0.58, 0.36, 0.80, 0.46, 0.74, 0.66);
          pot.curveTo(0.70, 0.84, 0.62, 0.90, 0.50, 0.90);
          pot.curveTo(0.38, 0.90, 0.30, 0.84, 0.26, 0.66);
          pot.curveTo(0.20, 0.46, 0.42, 0.36, 0.40, 0.28);
          pot.closePath();
          g.fill(pot);
          g.setColor(WHITE);
          g.setStroke(new BasicStroke(0.02f));
          g.draw(new Line2D.Double(0.30, 0.62, 0.70, 0.62));
        });
  }

  /** Stacked archive boxes over a flat marsh horizon. */
  static BufferedImage archive(int px) {
    return draw(
        px,
        g -> {
          g.setColor(new Color(0xee, 0xea, 0xdf));
          g.fill(new RoundRectangle2D.Double(0.04, 0.04, 0.92, 0.92, 0.10, 0.10));
          g.setColor(LEAF);
          g.fill(new Rectangle2D.Double(0.04, 0.76, 0.92, 0.20));
          Color[] boxes = {DEEP, TEAL, CLAY};
          for (int i = 0; i < 3; i++) {
            g.setColor(boxes[i]);
            g.fill(new Rectangle2D.Double(0.26 + 0.03 * i, 0.58 - 0.17 * i, 0.48, 0.15));
            g.setColor(WHITE);
            g.fill(new Rectangle2D.Double(0.44 + 0.03 * i, 0.63 - 0.17 * i, 0.12, 0.04));
          }
        });
  }

  /** Three notes on a staff-like wave. */
  static BufferedImage music(int px) {
    return draw(
        px,
        g -> {
          g.setColor(SEA);
          g.fill(new Ellipse2D.Double(0.03, 0.03, 0.94, 0.94));
          g.setColor(WHITE);
          g.setStroke(new BasicStroke(0.03f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          double[][] notes = {{0.28, 0.66}, {0.48, 0.58}, {0.68, 0.50}};
          for (double[] n : notes) {
            g.fill(new Ellipse2D.Double(n[0] - 0.07, n[1] - 0.05, 0.14, 0.10));
            g.draw(new Line2D.Double(n[0] + 0.06, n[1], n[0] + 0.06, n[1] - 0.30));
          }
          g.draw(new Line2D.Double(0.34, 0.36, 0.74, 0.20));
        });
  }

  /** A filled band from a sine wave at {@code y} down to the bottom of the unit square. */
  static GeneralPath wave(double y, double amplitude, double frequency) {
    GeneralPath path = new GeneralPath();
    path.moveTo(0, 1);
    for (int i = 0; i <= 100; i++) {
      double x = i / 100.0;
      path.lineTo(x, y + amplitude * StrictMath.sin(frequency * x * 2 * Math.PI));
    }
    path.lineTo(1, 1);
    path.closePath();
    return path;
  }
}
