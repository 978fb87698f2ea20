package dk.skoletjenesten.katalog.preflight;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * A sampled image drawn on the page (stencil masks are reported as fills instead).
 *
 * @param origin where the drawing operator lives
 * @param image the image
 * @param placement maps the unit square to page space (the CTM when it was drawn)
 * @param state the live graphics state; valid only during the callback
 */
record DrawnImage(Origin origin, PDImage image, AffineTransform placement, PDGraphicsState state) {

  /** {@code image} or {@code inline image}, for messages. */
  String word() {
    return image instanceof PDInlineImage ? "inline image" : "image";
  }

  /** Drawn width in points: the length of the unit square's x side. */
  double widthPt() {
    return Math.hypot(placement.getScaleX(), placement.getShearY());
  }

  /** Drawn height in points: the length of the unit square's y side. */
  double heightPt() {
    return Math.hypot(placement.getShearX(), placement.getScaleY());
  }

  Rectangle2D bounds() {
    return placement.createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)).getBounds2D();
  }
}
