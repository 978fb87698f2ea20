package dk.skoletjenesten.katalog.sampledata;

import static dk.skoletjenesten.katalog.sampledata.Photos.archway;
import static dk.skoletjenesten.katalog.sampledata.Photos.draw;
import static dk.skoletjenesten.katalog.sampledata.Photos.glow;
import static dk.skoletjenesten.katalog.sampledata.Photos.hill;
import static dk.skoletjenesten.katalog.sampledata.Photos.quad;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Illustrative "photos" for the seven section openers, in the manner of {@link Photos}: one scene
 * per section's subject, drawn in fractions of the width and height. Printed 193 x 128 mm at the
 * top of the opener page (with the bleed), so 2280 x 1508 pixels are 300 ppi.
 */
final class SectionPhotos {
  static final int W = 2280;
  static final int H = 1508;

  private SectionPhotos() {}

  private static void sky(Graphics2D g, Color top, Color horizon, double y) {
    g.setPaint(new GradientPaint(0, 0, top, 0, (float) y, horizon));
    g.fill(new Rectangle2D.Double(0, 0, 1, 1));
  }

  /** Kunst, design og arkitektur: an artist's studio wall with three abstract canvases. */
  static BufferedImage studio(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          sky(g, new Color(0xf3, 0xee, 0xe4), new Color(0xdc, 0xd3, 0xc4), 0.78);
          glow(g, (double) w / h, 0.15, 0.2, 0.45f, new Color(255, 250, 235, 190));
          g.setColor(new Color(0x9a, 0x7b, 0x5c));
          g.fill(new Rectangle2D.Double(0, 0.78, 1, 0.22));
          double[][] canvases = {
            {0.08, 0.18, 0.24, 0.42}, {0.38, 0.10, 0.26, 0.56}, {0.70, 0.22, 0.22, 0.36}
          };
          Color[][] colours = {
            {new Color(0xd6, 0x3b, 0x5f), new Color(0xf2, 0xb1, 0x34), new Color(0x2f, 0x5d, 0x9e)},
            {new Color(0x1f, 0x8a, 0x7a), new Color(0xe8, 0x6a, 0x3a), new Color(0xf5, 0xe3, 0x9c)},
            {new Color(0x6c, 0x3f, 0x9c), new Color(0xe0, 0xd2, 0x3b), new Color(0xd9, 0x4a, 0x3f)}
          };
          for (int i = 0; i < canvases.length; i++) {
            double[] c = canvases[i];
            g.setColor(new Color(0x3a, 0x30, 0x28));
            g.fill(new Rectangle2D.Double(c[0] - 0.008, c[1] - 0.012, c[2] + 0.016, c[3] + 0.024));
            g.setColor(new Color(0xfa, 0xf7, 0xf0));
            g.fill(new Rectangle2D.Double(c[0], c[1], c[2], c[3]));
            g.setColor(colours[i][0]);
            g.fill(
                new Ellipse2D.Double(
                    c[0] + c[2] * 0.1, c[1] + c[3] * 0.12, c[2] * 0.55, c[3] * 0.4));
            g.setColor(colours[i][1]);
            g.fill(
                quad(
                    c[0] + c[2] * 0.35,
                    c[1] + c[3] * 0.9,
                    c[0] + c[2] * 0.9,
                    c[1] + c[3] * 0.35,
                    c[0] + c[2] * 0.9,
                    c[1] + c[3] * 0.9));
            g.setColor(colours[i][2]);
            g.fill(
                new Rectangle2D.Double(
                    c[0] + c[2] * 0.12, c[1] + c[3] * 0.62, c[2] * 0.3, c[3] * 0.26));
          }
        });
  }

  /** Kulturhistoriske museer: an old jar on a plinth under a spotlight in a dark gallery. */
  static BufferedImage showcase(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          sky(g, new Color(0x1d, 0x2a, 0x3a), new Color(0x2e, 0x3e, 0x52), 1);
          glow(g, (double) w / h, 0.5, 0.45, 0.42f, new Color(255, 236, 200, 150));
          g.setColor(new Color(0x23, 0x30, 0x40));
          g.fill(new Rectangle2D.Double(0, 0.82, 1, 0.18));
          g.setColor(new Color(0xe9, 0xe4, 0xda));
          g.fill(new Rectangle2D.Double(0.40, 0.60, 0.20, 0.26));
          g.setColor(new Color(0xc9, 0xc2, 0xb5));
          g.fill(new Rectangle2D.Double(0.56, 0.60, 0.04, 0.26));
          g.setColor(new Color(0xa8, 0x5a, 0x32));
          g.fill(new Ellipse2D.Double(0.43, 0.28, 0.14, 0.32));
          g.fill(new Rectangle2D.Double(0.465, 0.22, 0.07, 0.08));
          g.setColor(new Color(0x6b, 0x34, 0x1c));
          g.fill(new Rectangle2D.Double(0.435, 0.40, 0.13, 0.025));
          g.fill(new Rectangle2D.Double(0.445, 0.47, 0.11, 0.012));
          g.setColor(new Color(0xcf, 0x8a, 0x5c));
          g.fill(new Ellipse2D.Double(0.455, 0.30, 0.03, 0.12));
          g.setColor(new Color(0x5a, 0x6e, 0x86));
          g.fill(archway(0.08, 0.25, 0.16, 0.57));
          g.fill(archway(0.76, 0.25, 0.16, 0.57));
        });
  }

  /** Kulturhistoriske miljøer: a half-timbered farmhouse with a red-tiled roof. */
  static BufferedImage farmhouse(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          sky(g, new Color(0x8e, 0xc1, 0xe6), new Color(0xe8, 0xf2, 0xf6), 0.6);
          g.setColor(new Color(0x7d, 0xa8, 0x5a));
          g.fill(hill(0.66, 0.02, 1.2, 0.4));
          g.setColor(new Color(0xf1, 0xe9, 0xd2));
          g.fill(new Rectangle2D.Double(0.18, 0.42, 0.64, 0.30));
          g.setColor(new Color(0xb0, 0x3a, 0x2e));
          g.fill(quad(0.14, 0.43, 0.86, 0.43, 0.74, 0.18, 0.26, 0.18));
          g.setColor(new Color(0x4a, 0x33, 0x24));
          for (int i = 0; i <= 8; i++) {
            g.fill(new Rectangle2D.Double(0.18 + i * 0.08 - 0.005, 0.42, 0.01, 0.30));
          }
          g.fill(new Rectangle2D.Double(0.18, 0.56, 0.64, 0.01));
          g.setColor(new Color(0x3d, 0x5a, 0x73));
          for (int i = 0; i < 4; i++) {
            g.fill(new Rectangle2D.Double(0.215 + i * 0.16, 0.46, 0.05, 0.07));
          }
          g.setColor(new Color(0x2f, 0x6b, 0x3a));
          g.fill(new Ellipse2D.Double(0.86, 0.30, 0.16, 0.30));
          g.fill(new Ellipse2D.Double(-0.04, 0.34, 0.16, 0.28));
          g.setColor(new Color(0x5e, 0x8c, 0x44));
          g.fill(hill(0.80, 0.015, 2, 1.1));
        });
  }

  /** Scenekunst, musik, film og bevægelse: a stage between red curtains under spotlights. */
  static BufferedImage stage(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          sky(g, new Color(0x14, 0x10, 0x1c), new Color(0x2a, 0x1c, 0x30), 1);
          g.setColor(new Color(0x6b, 0x4a, 0x32));
          g.fill(quad(0, 0.78, 1, 0.78, 1, 1, 0, 1));
          glow(g, (double) w / h, 0.36, 0.74, 0.2f, new Color(255, 240, 190, 200));
          glow(g, (double) w / h, 0.64, 0.74, 0.2f, new Color(190, 220, 255, 170));
          g.setColor(new Color(0x9e, 0x1b, 0x2a));
          for (int i = 0; i < 6; i++) {
            g.fill(new Rectangle2D.Double(i * 0.03, 0, 0.022, 0.86));
            g.fill(new Rectangle2D.Double(1 - (i + 1) * 0.03, 0, 0.022, 0.86));
          }
          g.fill(new Rectangle2D.Double(0, 0, 1, 0.1));
          g.setColor(new Color(0x7a, 0x12, 0x20));
          for (int i = 0; i < 20; i++) {
            g.fill(new Ellipse2D.Double(i * 0.05, 0.07, 0.05, 0.06));
          }
          g.setColor(new Color(0x1c, 0x16, 0x22));
          g.fill(new Ellipse2D.Double(0.335, 0.48, 0.05, 0.07));
          g.fill(quad(0.33, 0.56, 0.39, 0.56, 0.40, 0.78, 0.32, 0.78));
          g.fill(new Ellipse2D.Double(0.615, 0.50, 0.05, 0.07));
          g.fill(quad(0.61, 0.58, 0.67, 0.58, 0.69, 0.78, 0.60, 0.78));
        });
  }

  /** Naturfag og naturvidenskab: a forest lake with reeds, seen from the shore. */
  static BufferedImage lake(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          sky(g, new Color(0xa9, 0xd3, 0xee), new Color(0xf0, 0xf5, 0xe8), 0.5);
          Random random = new Random(5);
          for (int i = 0; i < 26; i++) {
            double x = random.nextDouble();
            double s = 0.06 + random.nextDouble() * 0.08;
            g.setColor(new Color(0x2e + random.nextInt(30), 0x6b + random.nextInt(40), 0x3c));
            g.fill(new Ellipse2D.Double(x - s / 2, 0.50 - s * 1.6, s, s * 1.8));
          }
          g.setPaint(
              new GradientPaint(
                  0, 0.52f, new Color(0x5c, 0x8f, 0xa8), 0, 1, new Color(0x2c, 0x55, 0x6e)));
          g.fill(new Rectangle2D.Double(0, 0.52, 1, 0.48));
          g.setColor(new Color(255, 255, 255, 60));
          for (int i = 0; i < 12; i++) {
            g.fill(
                new Rectangle2D.Double(
                    random.nextDouble(), 0.58 + random.nextDouble() * 0.3, 0.08, 0.004));
          }
          g.setColor(new Color(0x6f, 0x7f, 0x3a));
          for (int i = 0; i < 90; i++) {
            double x = random.nextDouble() * 0.35;
            double top = 0.62 + random.nextDouble() * 0.15;
            g.fill(quad(x, 1, x + 0.006, 1, x + 0.004, top));
          }
          g.setColor(new Color(0x5a, 0x3c, 0x24));
          g.fill(new Ellipse2D.Double(0.13, 0.66, 0.012, 0.05));
        });
  }

  /** Lokalhistoriske museer: a row of gabled town houses along a cobbled street. */
  static BufferedImage townStreet(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          sky(g, new Color(0xb6, 0xd4, 0xea), new Color(0xf4, 0xef, 0xe2), 0.5);
          Color[] walls = {
            new Color(0xe8, 0xc3, 0x6a), new Color(0xc8, 0x6b, 0x4f), new Color(0xf1, 0xe8, 0xd8),
            new Color(0x8f, 0xb3, 0x9a), new Color(0xd9, 0x9a, 0x7a), new Color(0xe9, 0xdc, 0xa8)
          };
          for (int i = 0; i < walls.length; i++) {
            double x = i / 6.0;
            double top = 0.30 + (i % 2) * 0.06;
            g.setColor(walls[i]);
            g.fill(
                quad(
                    x,
                    0.78,
                    x + 1 / 6.0,
                    0.78,
                    x + 1 / 6.0,
                    top,
                    x + 1 / 12.0,
                    top - 0.14,
                    x,
                    top));
            g.setColor(new Color(0x34, 0x44, 0x52));
            for (int r = 0; r < 2; r++) {
              for (int c = 0; c < 2; c++) {
                g.fill(
                    new Rectangle2D.Double(
                        x + 0.03 + c * 0.065, top + 0.06 + r * 0.14, 0.035, 0.08));
              }
            }
            g.setColor(new Color(0x5a, 0x3a, 0x2a));
            g.fill(new Rectangle2D.Double(x + 0.065, 0.66, 0.035, 0.12));
          }
          g.setColor(new Color(0x8a, 0x86, 0x80));
          g.fill(new Rectangle2D.Double(0, 0.78, 1, 0.22));
          g.setColor(new Color(0x74, 0x70, 0x6b));
          for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 30; c++) {
              double y = 0.80 + r * 0.035;
              g.fill(new Ellipse2D.Double(c / 30.0 + (r % 2) * 0.016, y, 0.028, 0.02));
            }
          }
        });
  }

  /** Kultur, udvikling og samfund: library shelves with books in many colours. */
  static BufferedImage library(int w, int h) {
    return draw(
        w,
        h,
        g -> {
          sky(g, new Color(0xe6, 0xdc, 0xca), new Color(0xc9, 0xb8, 0x9c), 1);
          Random random = new Random(7);
          Color[] spines = {
            new Color(0x2f, 0x5d, 0x9e), new Color(0xc8, 0x3e, 0x4a), new Color(0x1f, 0x8a, 0x7a),
            new Color(0xe8, 0xa3, 0x3a), new Color(0x6c, 0x4f, 0x9c), new Color(0x3c, 0x3c, 0x3c),
            new Color(0xe9, 0xdf, 0xc8)
          };
          for (int shelf = 0; shelf < 4; shelf++) {
            double base = 0.24 + shelf * 0.24;
            g.setColor(new Color(0x7a, 0x55, 0x36));
            g.fill(new Rectangle2D.Double(0, base, 1, 0.025));
            double x = 0.01;
            while (x < 0.99) {
              double width = 0.012 + random.nextDouble() * 0.016;
              double height = 0.15 + random.nextDouble() * 0.05;
              g.setColor(spines[random.nextInt(spines.length)]);
              g.fill(new Rectangle2D.Double(x, base - height, width, height));
              x += width + 0.002;
            }
          }
          glow(g, (double) w / h, 0.8, 0.1, 0.4f, new Color(255, 248, 225, 110));
        });
  }
}
