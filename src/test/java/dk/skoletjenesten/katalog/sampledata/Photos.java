package dk.skoletjenesten.katalog.sampledata;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Illustrative "photos" for the articles: abstract but pleasant scenes built from gradients and
 * simple shapes. Coordinates are fractions of the width and height, so the scenes scale.
 */
final class Photos {
  private Photos() {}

  static BufferedImage draw(int w, int h, Consumer<Graphics2D> painter) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = ImageFiles.canvas(image);
    g.scale(w, h);
    painter.accept(g);
    g.dispose();
    return image;
  }

  /** A museum hall in one-point perspective, with paintings on the walls and a skylight. */
  static BufferedImage museumHall(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          g.setPaint(
              new GradientPaint(
                  0, 0, new Color(0xe9, 0xe4, 0xda), 0, 1, new Color(0xc9, 0xc0, 0xb0)));
          g.fill(new Rectangle2D.Double(0, 0, 1, 1));
          double vx = 0.5;
          double vy = 0.46;
          g.setPaint(
              new GradientPaint(
                  0, (float) vy, new Color(0x8a, 0x6e, 0x52), 0, 1, new Color(0x5c, 0x44, 0x30)));
          g.fill(quad(0, 1, 1, 1, 0.62, 0.62, 0.38, 0.62));
          g.setColor(new Color(0xd8, 0xd1, 0xc4));
          g.fill(quad(0, 0, 0.38, 0.30, 0.38, 0.62, 0, 1));
          g.setColor(new Color(0xcf, 0xc7, 0xb8));
          g.fill(quad(1, 0, 0.62, 0.30, 0.62, 0.62, 1, 1));
          g.setColor(new Color(0xf4, 0xf1, 0xea));
          g.fill(quad(0, 0, 1, 0, 0.62, 0.30, 0.38, 0.30));
          g.setColor(new Color(0xee, 0xea, 0xe2));
          g.fill(new Rectangle2D.Double(0.38, 0.30, 0.24, 0.32));
          g.setColor(new Color(0x6b, 0x5a, 0x48));
          g.fill(archway(0.45, 0.40, 0.10, 0.22));
          Color[] art = {
            new Color(0x2a, 0x6f, 0xb0),
            new Color(0xb8, 0x32, 0x3a),
            new Color(0xe0, 0xa4, 0x3a),
            new Color(0x3f, 0x7f, 0x5a),
            new Color(0x6a, 0x4c, 0x93),
            new Color(0x1d, 0x35, 0x57)
          };
          for (int i = 0; i < 3; i++) {
            double x0 = 0.04 + i * 0.11;
            double x1 = x0 + 0.07;
            g.setColor(art[i]);
            g.fill(wallFrame(x0, x1, vx, vy, true));
            g.setColor(art[i + 3]);
            g.fill(wallFrame(1 - x1, 1 - x0, vx, vy, false));
          }
          g.setColor(new Color(0xb8, 0x93, 0x4a));
          g.setStroke(new BasicStroke(0.004f));
          for (int i = 0; i < 3; i++) {
            double x0 = 0.04 + i * 0.11;
            g.draw(wallFrame(x0, x0 + 0.07, vx, vy, true));
            g.draw(wallFrame(1 - x0 - 0.07, 1 - x0, vx, vy, false));
          }
          g.setColor(new Color(0x3b, 0x2c, 0x20));
          g.fill(new Rectangle2D.Double(0.41, 0.74, 0.18, 0.035));
          g.fill(new Rectangle2D.Double(0.42, 0.775, 0.012, 0.05));
          g.fill(new Rectangle2D.Double(0.568, 0.775, 0.012, 0.05));
          glow(g, (double) w / h, 0.5, 0.06, 0.3f, new Color(255, 255, 240, 140));
        });
  }

  /** Rolling hills under a morning sky, a low sun and a few round trees. */
  static BufferedImage landscape(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          g.setPaint(
              new GradientPaint(
                  0, 0, new Color(0x8f, 0xc3, 0xe6), 0, 0.7f, new Color(0xf7, 0xe3, 0xc2)));
          g.fill(new Rectangle2D.Double(0, 0, 1, 1));
          glow(g, (double) w / h, 0.72, 0.38, 0.2f, new Color(0xff, 0xf4, 0xd0, 255));
          g.setColor(new Color(0xff, 0xf8, 0xe4));
          g.fill(new Ellipse2D.Double(0.72 - 0.03, 0.38 - 0.03 * w / h, 0.06, 0.06 * w / h));
          Color[] hills = {
            new Color(0x9c, 0xbf, 0x8e),
            new Color(0x7a, 0xa8, 0x6a),
            new Color(0x58, 0x8c, 0x4c),
            new Color(0x3e, 0x6e, 0x38)
          };
          for (int i = 0; i < hills.length; i++) {
            g.setColor(hills[i]);
            g.fill(hill(0.48 + i * 0.11, 0.05 - i * 0.008, 1.1 + i * 0.45, i * 0.7));
          }
          Random random = new Random(Seeds.of("landscape-trees"));
          for (int i = 0; i < 9; i++) {
            double x = 0.06 + i * 0.1 + random.nextDouble() * 0.04;
            double y = 0.66 + random.nextDouble() * 0.06;
            double r = 0.03 + random.nextDouble() * 0.02;
            g.setColor(new Color(0x4a, 0x36, 0x24));
            g.fill(new Rectangle2D.Double(x - 0.004, y, 0.008, 0.07));
            g.setColor(new Color(0x2f, 0x5e, 0x2c));
            g.fill(new Ellipse2D.Double(x - r, y - r * 1.6, 2 * r, 2.4 * r));
          }
          g.setColor(new Color(0xe8, 0xd5, 0xa8));
          g.fill(quad(0.44, 1, 0.60, 1, 0.52, 0.70, 0.50, 0.70));
        });
  }

  /** A wide beach: sky, sea with bands of waves, sand and dune grass. */
  static BufferedImage beach(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          g.setPaint(
              new GradientPaint(
                  0, 0, new Color(0x5f, 0x9f, 0xd6), 0, 0.5f, new Color(0xdc, 0xee, 0xf7)));
          g.fill(new Rectangle2D.Double(0, 0, 1, 0.5));
          g.setPaint(
              new GradientPaint(
                  0, 0.5f, new Color(0x2d, 0x6e, 0x9e), 0, 0.7f, new Color(0x5c, 0xa4, 0xc4)));
          g.fill(new Rectangle2D.Double(0, 0.5, 1, 0.2));
          g.setColor(new Color(255, 255, 255, 55));
          for (int i = 0; i < 5; i++) {
            g.fill(hill(0.54 + i * 0.028, 0.004, 6 + i, i));
          }
          g.setPaint(
              new GradientPaint(
                  0, 0.68f, new Color(0xee, 0xd9, 0xae), 0, 1, new Color(0xd6, 0xb8, 0x84)));
          g.fill(hill(0.70, 0.012, 1.5, 0.3));
          g.setColor(new Color(0xcd, 0xae, 0x78));
          g.fill(hill(0.84, 0.05, 0.8, 2.0));
          g.setColor(new Color(0x6f, 0x8f, 0x4a));
          g.setStroke(new BasicStroke(0.003f));
          Random random = new Random(Seeds.of("beach-grass"));
          for (int i = 0; i < 120; i++) {
            double x = random.nextDouble();
            double y = 0.86 + random.nextDouble() * 0.12;
            g.draw(
                new QuadCurve2D.Double(
                    x,
                    y,
                    x + 0.004,
                    y - 0.04,
                    x + 0.012 * (random.nextDouble() - 0.3),
                    y - 0.08 - random.nextDouble() * 0.04));
          }
          glow(g, (double) w / h, 0.25, 0.2, 0.09f, new Color(255, 255, 235, 240));
        });
  }

  /** A round glow: the radial gradient is drawn in a square space so it stays a circle. */
  static void glow(Graphics2D g, double aspect, double cx, double cy, float radius, Color inner) {
    AffineTransform saved = g.getTransform();
    g.translate(cx, cy);
    g.scale(1, aspect);
    Color outer = new Color(inner.getRed(), inner.getGreen(), inner.getBlue(), 0);
    g.setPaint(
        new RadialGradientPaint(
            new Point2D.Double(0, 0),
            radius,
            new float[] {0f, 0.3f, 1f},
            new Color[] {
              inner,
              new Color(inner.getRed(), inner.getGreen(), inner.getBlue(), inner.getAlpha() / 2),
              outer
            }));
    g.fill(new Rectangle2D.Double(-1, -1 / aspect, 2, 2 / aspect));
    g.setTransform(saved);
  }

  static GeneralPath quad(double... xy) {
    GeneralPath path = new GeneralPath();
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    path.closePath();
    return path;
  }

  static GeneralPath archway(double x, double y, double width, double height) {
    GeneralPath path = new GeneralPath();
    path.moveTo(x, y + height);
    path.lineTo(x, y + width / 2);
    path.append(new Arc2D.Double(x, y, width, width, 180, -180, Arc2D.OPEN), true);
    path.lineTo(x + width, y + height);
    path.closePath();
    return path;
  }

  /** A picture frame on a side wall, foreshortened towards the vanishing point. */
  private static GeneralPath wallFrame(double x0, double x1, double vx, double vy, boolean left) {
    double top = 0.30;
    double bottom = 0.50;
    double t0 = Math.abs(x0 - vx) / 0.5;
    double t1 = Math.abs(x1 - vx) / 0.5;
    return quad(
        x0,
        vy - (vy - top) * t0,
        x1,
        vy - (vy - top) * t1,
        x1,
        vy + (bottom - vy) * t1 * 0.8,
        x0,
        vy + (bottom - vy) * t0 * 0.8);
  }

  /** A filled band from a sine-shaped ridge at {@code y} down to the bottom. */
  static GeneralPath hill(double y, double amplitude, double frequency, double phase) {
    GeneralPath path = new GeneralPath();
    path.moveTo(0, 1);
    for (int i = 0; i <= 200; i++) {
      double x = i / 200.0;
      path.lineTo(x, y + amplitude * StrictMath.sin(frequency * x * 2 * Math.PI + phase));
    }
    path.lineTo(1, 1);
    path.closePath();
    return path;
  }
}
