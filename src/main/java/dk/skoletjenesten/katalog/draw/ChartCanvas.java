package dk.skoletjenesten.katalog.draw;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The few things a chart draws, on one PDFBox content stream: filled rectangles and circle sectors,
 * hairlines, and lines of text, each in one DeviceCMYK colour. Angles are in degrees clockwise from
 * twelve o'clock.
 */
final class ChartCanvas {
  enum Align {
    LEFT,
    CENTRE,
    RIGHT
  }

  /** Arcs are approximated by cubic Béziers of at most this many degrees. */
  private static final double MAX_SEGMENT_DEGREES = 90;

  private final PDPageContentStream content;
  private final ChartFonts fonts;
  private final Map<ChartFonts.Face, PDType0Font> faces;

  ChartCanvas(
      PDPageContentStream content, ChartFonts fonts, Map<ChartFonts.Face, PDType0Font> faces) {
    this.content = content;
    this.fonts = fonts;
    this.faces = Map.copyOf(faces);
  }

  void rect(Box box, CmykColour colour) throws IOException {
    fill(colour);
    content.addRect(box.x(), box.y(), box.width(), box.height());
    content.fill();
  }

  void line(float x0, float y0, float x1, float y1, float widthPt, CmykColour colour)
      throws IOException {
    content.setStrokingColor(colour.cyan(), colour.magenta(), colour.yellow(), colour.black());
    content.setLineWidth(widthPt);
    content.moveTo(x0, y0);
    content.lineTo(x1, y1);
    content.stroke();
  }

  /**
   * Fills the part of a ring between radii {@code inner} and {@code outer} from angle {@code from}
   * to {@code to}; with {@code inner} 0 a pie slice.
   */
  void sector(
      float cx, float cy, float outer, float inner, double from, double to, CmykColour colour)
      throws IOException {
    fill(colour);
    moveTo(cx, cy, outer, from);
    arc(cx, cy, outer, from, to);
    if (inner > 0) {
      lineTo(cx, cy, inner, to);
      arc(cx, cy, inner, to, from);
    } else if (to - from < 360) {
      content.lineTo(cx, cy);
    }
    content.closePath();
    content.fill();
  }

  /** A straight line along the radius at {@code angle}, from {@code inner} to {@code outer}. */
  void spoke(float cx, float cy, float inner, float outer, double angle, float widthPt)
      throws IOException {
    double radians = Math.toRadians(angle);
    float sin = (float) Math.sin(radians);
    float cos = (float) Math.cos(radians);
    line(
        cx + inner * sin,
        cy + inner * cos,
        cx + outer * sin,
        cy + outer * cos,
        widthPt,
        ChartPalette.PAPER);
  }

  /** One line of text on {@code baseline}, starting at, centred on or ending at {@code x}. */
  void text(String text, TextStyle style, float x, float baseline, Align align) throws IOException {
    fill(style.colour());
    content.beginText();
    content.setFont(faces.get(style.face()), style.sizePt());
    content.newLineAtOffset(start(text, style, x, align), baseline);
    content.showText(text);
    content.endText();
  }

  /** The lines of {@code block}, the first on {@code firstBaseline}, aligned at {@code x}. */
  void text(TextBlock block, float x, float firstBaseline, Align align) throws IOException {
    float baseline = firstBaseline;
    for (String line : block.lines()) {
      text(line, block.style(), x, baseline, align);
      baseline -= block.style().leadingPt();
    }
  }

  private float start(String text, TextStyle style, float x, Align align) {
    float width = fonts.widthPt(text, style);
    return switch (align) {
      case LEFT -> x;
      case CENTRE -> x - width / 2;
      case RIGHT -> x - width;
    };
  }

  private void fill(CmykColour colour) throws IOException {
    content.setNonStrokingColor(colour.cyan(), colour.magenta(), colour.yellow(), colour.black());
  }

  private void moveTo(float cx, float cy, float r, double angle) throws IOException {
    double radians = Math.toRadians(angle);
    content.moveTo(cx + r * (float) Math.sin(radians), cy + r * (float) Math.cos(radians));
  }

  private void lineTo(float cx, float cy, float r, double angle) throws IOException {
    double radians = Math.toRadians(angle);
    content.lineTo(cx + r * (float) Math.sin(radians), cy + r * (float) Math.cos(radians));
  }

  /** An arc from the current point at {@code from} to {@code to}, either way round. */
  private void arc(float cx, float cy, float r, double from, double to) throws IOException {
    int segments = (int) Math.ceil(Math.abs(to - from) / MAX_SEGMENT_DEGREES - 1e-9);
    double step = (to - from) / Math.max(1, segments);
    for (int i = 0; i < segments; i++) {
      curve(cx, cy, r, Math.toRadians(from + i * step), Math.toRadians(from + (i + 1) * step));
    }
  }

  /** One Bézier segment; the control points lie on the tangents at 4/3 tan(sweep / 4) r. */
  private void curve(float cx, float cy, float r, double a0, double a1) throws IOException {
    double k = 4.0 / 3.0 * Math.tan((a1 - a0) / 4) * r;
    double x0 = cx + r * Math.sin(a0);
    double y0 = cy + r * Math.cos(a0);
    double x3 = cx + r * Math.sin(a1);
    double y3 = cy + r * Math.cos(a1);
    content.curveTo(
        (float) (x0 + k * Math.cos(a0)),
        (float) (y0 - k * Math.sin(a0)),
        (float) (x3 - k * Math.cos(a1)),
        (float) (y3 + k * Math.sin(a1)),
        (float) x3,
        (float) y3);
  }
}
