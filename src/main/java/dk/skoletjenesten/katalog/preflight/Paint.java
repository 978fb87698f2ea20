package dk.skoletjenesten.katalog.preflight;

import java.awt.Shape;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * One painting operation: a fill, stroke, glyph or shading, in page space.
 *
 * @param kind what paints
 * @param origin where the operator lives
 * @param shape the painted area in page space (for strokes, the stroke outline)
 * @param colourSpace the colour space painted in (a shading's own space for shadings)
 * @param components colour components, or null for shadings
 * @param shading the shading, for {@link Kind#SHADING} and shading-pattern fills, else null
 * @param state the live graphics state; valid only during the callback
 */
record Paint(
    Kind kind,
    Origin origin,
    Shape shape,
    PDColorSpace colourSpace,
    float[] components,
    PDShading shading,
    PDGraphicsState state) {

  /** What paints, as named in messages. */
  enum Kind {
    FILL("fill"),
    STROKE("stroke"),
    TEXT("text"),
    SHADING("shading");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    String word() {
      return word;
    }
  }

  boolean stroking() {
    return kind == Kind.STROKE;
  }
}
