package dk.skoletjenesten.katalog.sticker;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.util.Matrix;

/**
 * The Skoletjenesten mark as vector artwork in process colours: a teal tile with rounded corners, a
 * white arched door with a teal path running through it, and a sand-coloured sun (the same drawing
 * as {@code images/skoletjenesten-logo.png}). Drawn as paths it stays sharp at sticker size and
 * brings no RGB image into the print file.
 */
final class PublisherMark {
  static final float[] TEAL = {0.95f, 0.25f, 0.35f, 0.30f};
  static final float[] SAND = {0.05f, 0.18f, 0.52f, 0f};
  private static final float[] WHITE = {0f, 0f, 0f, 0f};
  private static final float KAPPA = 0.5522848f;

  private PublisherMark() {}

  /** Draws the mark in a square of {@code side} points with its lower-left corner at (x, y). */
  static void draw(PDPageContentStream content, float x, float y, float side) throws IOException {
    content.saveGraphicsState();
    content.transform(new Matrix(side, 0, 0, side, x, y));
    fill(content, TEAL);
    roundedSquare(content, 0.02f, 0.02f, 0.96f, 0.11f);
    content.fill();
    fill(content, SAND);
    ellipse(content, 0.69f, 0.73f, 0.11f, 0.11f);
    content.fill();
    fill(content, WHITE);
    door(content);
    content.fill();
    fill(content, TEAL);
    path(content);
    content.fill();
    content.restoreGraphicsState();
  }

  private static void fill(PDPageContentStream content, float[] cmyk) throws IOException {
    content.setNonStrokingColor(new PDColor(cmyk, PDDeviceCMYK.INSTANCE));
  }

  /** The door: straight sides from the sill (y 0.16) to 0.58, an elliptical arch up to 0.76. */
  private static void door(PDPageContentStream c) throws IOException {
    float rx = 0.16f * KAPPA;
    float ry = 0.18f * KAPPA;
    c.moveTo(0.22f, 0.16f);
    c.lineTo(0.22f, 0.58f);
    c.curveTo(0.22f, 0.58f + ry, 0.38f - rx, 0.76f, 0.38f, 0.76f);
    c.curveTo(0.38f + rx, 0.76f, 0.54f, 0.58f + ry, 0.54f, 0.58f);
    c.lineTo(0.54f, 0.16f);
    c.closePath();
  }

  /** The path that leads out of the door towards the sun, clipped to the door by colour. */
  private static void path(PDPageContentStream c) throws IOException {
    c.moveTo(0.30f, 0.16f);
    c.curveTo(0.36f, 0.30f, 0.44f, 0.38f, 0.62f, 0.60f);
    c.lineTo(0.66f, 0.58f);
    c.curveTo(0.52f, 0.38f, 0.48f, 0.28f, 0.46f, 0.16f);
    c.closePath();
  }

  private static void ellipse(PDPageContentStream c, float cx, float cy, float rx, float ry)
      throws IOException {
    float kx = rx * KAPPA;
    float ky = ry * KAPPA;
    c.moveTo(cx + rx, cy);
    c.curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
    c.curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
    c.curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
    c.curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
    c.closePath();
  }

  private static void roundedSquare(PDPageContentStream c, float x, float y, float w, float r)
      throws IOException {
    float k = r * KAPPA;
    c.moveTo(x + r, y);
    c.lineTo(x + w - r, y);
    c.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
    c.lineTo(x + w, y + w - r);
    c.curveTo(x + w, y + w - r + k, x + w - r + k, y + w, x + w - r, y + w);
    c.lineTo(x + r, y + w);
    c.curveTo(x + r - k, y + w, x, y + w - r + k, x, y + w - r);
    c.lineTo(x, y + r);
    c.curveTo(x, y + r - k, x + r - k, y, x + r, y);
    c.closePath();
  }
}
