package dk.skoletjenesten.katalog.sticker;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.draw.QrCode;
import dk.skoletjenesten.katalog.print.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits a sticker's mark, headline, portal address and QR code. The mark and the code's light tile
 * keep the printer's 3 mm safe zone; every glyph's outline keeps {@value #TYPE_INSET_MM} mm from
 * the cut, so the type sits comfortably even when the cut wanders. The headline is set as large as
 * fits (24 pt down to 7 pt) in balanced lines ({@link LineBreaker}); a setting whose shortest line
 * is under {@link LineBreaker#MIN_BALANCE} of its longest is taken only when no balanced one exists
 * at four fifths of its size. The address is never broken. A circle stacks mark, headline, address
 * and code, centred; a rectangle puts the code at the right and the mark, headline and address
 * left-aligned beside it. A code is placed only where it can be at least 15 mm wide with its quiet
 * zone; when text and code do not fit together, the text wins.
 */
final class StickerLayouter {
  static final double SAFE_MM = Product.STICKER.safeZoneMm();
  static final double TYPE_INSET_MM = 4.5;
  static final double MIN_PT = 7;
  static final double MAX_PT = 24;
  static final double MIN_QR_MM = 15;
  static final int MAX_LINES = 5;
  private static final double STEP_PT = 0.25;
  private static final double LEADING = 1.14;
  private static final double GAP_MM = 1.8;
  private static final double COLUMN_GAP_MM = 3.5;
  private static final double UNBALANCED_SIZE_SHARE = 0.8;

  private final TextMeasure measure;

  StickerLayouter(TextMeasure measure) {
    this.measure = measure;
  }

  /** The layout, or empty when the text does not fit at 7 pt; {@code keepTogether} may be "". */
  Optional<StickerLayout> layout(
      Shape shape, String text, String keepTogether, String url, String urlLabel) {
    List<String> units = LineBreaker.units(text, keepTogether);
    Optional<StickerLayout.QrTile> qr = qrTile(shape, url);
    if (qr.isPresent()) {
      Optional<StickerLayout> withCode = fit(Frame.of(shape, qr.get()), text, units, urlLabel);
      if (withCode.isPresent()) {
        return withCode;
      }
    }
    return fit(Frame.of(shape, null), text, units, urlLabel);
  }

  static double markMm(Shape shape) {
    double share = shape.circle() ? 0.15 * shape.widthMm() : 0.18 * shape.heightMm();
    return Math.max(7, Math.min(12, share));
  }

  private Optional<StickerLayout> fit(
      Frame frame, String text, List<String> units, String urlLabel) {
    StickerLayout unbalanced = null;
    double unbalancedPt = 0;
    for (double size = MAX_PT; size >= MIN_PT - 1e-9; size -= STEP_PT) {
      if (unbalanced != null && size < unbalancedPt * UNBALANCED_SIZE_SHARE) {
        break;
      }
      for (int count = 1; count <= Math.min(MAX_LINES, units.size()); count++) {
        Optional<StickerLayout> layout = set(frame, text, units, count, size, urlLabel);
        if (layout.isEmpty()) {
          continue;
        }
        List<String> lines =
            layout.get().lines().stream().filter(l -> l.bold()).map(l -> l.text()).toList();
        if (LineBreaker.balanceOf(lines, l -> measure.widthMm(l, true, 1))
            >= LineBreaker.MIN_BALANCE) {
          return layout;
        }
        if (unbalanced == null) {
          unbalanced = layout.get();
          unbalancedPt = size;
        }
      }
    }
    return Optional.ofNullable(unbalanced);
  }

  /**
   * The headline in {@code count} lines at {@code sizePt} with the address under it, if it fits.
   */
  private Optional<StickerLayout> set(
      Frame frame, String text, List<String> units, int count, double sizePt, String urlLabel) {
    double urlPt = Math.max(MIN_PT, Math.round(sizePt * 0.72 * 4) / 4.0);
    double[] ink = measure.inkMm(text, true, sizePt);
    double[] urlInk = measure.inkMm(urlLabel, false, urlPt);
    double pitch = Units.ptToMm(sizePt) * LEADING;
    double firstBaseline = -frame.markBlockMm() - ink[0];
    double urlBaseline =
        firstBaseline - (count - 1) * pitch - ink[1] - Units.ptToMm(sizePt) * 0.5 - urlInk[0];
    double height = -(urlBaseline - urlInk[1]);
    if (height > frame.top() - frame.bottom()) {
      return Optional.empty();
    }
    double middle = (frame.top() + frame.bottom()) / 2;
    double widest = Math.max(frame.bottom() + height / 2, Math.min(0, frame.top() - height / 2));
    for (double centre : new double[] {middle, widest}) {
      Optional<StickerLayout> layout =
          place(frame, units, count, sizePt, urlLabel, centre + height / 2, urlPt, ink, urlInk);
      if (layout.isPresent()) {
        return layout;
      }
    }
    return Optional.empty();
  }

  /**
   * The block placed with its top at {@code top}: the headline balanced over the room each line has
   * there, if it and the address fit.
   */
  private Optional<StickerLayout> place(
      Frame frame,
      List<String> units,
      int count,
      double sizePt,
      String urlLabel,
      double top,
      double urlPt,
      double[] ink,
      double[] urlInk) {
    double pitch = Units.ptToMm(sizePt) * LEADING;
    double firstBaseline = -frame.markBlockMm() - ink[0];
    double urlBaseline =
        firstBaseline - (count - 1) * pitch - ink[1] - Units.ptToMm(sizePt) * 0.5 - urlInk[0];
    double[] widths = new double[count];
    for (int i = 0; i < count; i++) {
      double baseline = top + firstBaseline - i * pitch;
      widths[i] = frame.widthBetween(baseline + ink[0], baseline - ink[1]);
    }
    Optional<List<String>> lines =
        LineBreaker.balance(units, widths, l -> measure.widthMm(l, true, sizePt));
    double urlY = top + urlBaseline;
    double urlWidth = measure.widthMm(urlLabel, false, urlPt);
    if (lines.isEmpty()
        || urlWidth > frame.widthBetween(urlY + urlInk[0], urlY - urlInk[1]) + 1e-9) {
      return Optional.empty();
    }
    List<StickerLayout.TextLine> placed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String line = lines.get().get(i);
      double x = frame.x(measure.widthMm(line, true, sizePt));
      placed.add(
          new StickerLayout.TextLine(line, true, sizePt, x, top + firstBaseline - i * pitch));
    }
    placed.add(new StickerLayout.TextLine(urlLabel, false, urlPt, frame.x(urlWidth), urlY));
    return Optional.of(new StickerLayout(placed, frame.mark(top), frame.qr()));
  }

  /**
   * Where the text block goes: between {@code bottom} and {@code top}, either centred on x = 0
   * within the shape's type inset (a circle) or left-aligned at {@code left} in a column up to
   * {@code right} (a rectangle, whose mark heads the block).
   */
  private record Frame(
      Shape shape,
      StickerLayout.QrTile qr,
      double markMm,
      boolean centred,
      double left,
      double right,
      double bottom,
      double top) {

    static Frame of(Shape shape, StickerLayout.QrTile qr) {
      double mark = StickerLayouter.markMm(shape);
      double halfHeight = shape.heightMm() / 2;
      if (shape.circle()) {
        double markBottom = markTop(shape, mark) - mark;
        double bottom = qr == null ? -(halfHeight - TYPE_INSET_MM) : qr.centreY() + qr.tileMm() / 2;
        return new Frame(shape, qr, mark, true, 0, 0, bottom + GAP_MM, markBottom - GAP_MM);
      }
      double left = -shape.widthMm() / 2 + TYPE_INSET_MM;
      double right =
          qr == null
              ? shape.widthMm() / 2 - TYPE_INSET_MM
              : qr.centreX() - qr.tileMm() / 2 - COLUMN_GAP_MM;
      double inner = halfHeight - TYPE_INSET_MM;
      return new Frame(shape, qr, mark, false, left, right, -inner, inner);
    }

    /** A circle's mark sits in the cap above the text, its corners on the safe line. */
    private static double markTop(Shape shape, double mark) {
      double radius = shape.widthMm() / 2 - SAFE_MM;
      return Math.sqrt(radius * radius - mark * mark / 4) - 0.5;
    }

    /** How much of the text block the mark takes above the headline (rectangles only). */
    double markBlockMm() {
      return centred ? 0 : markMm + GAP_MM;
    }

    StickerLayout.Mark mark(double blockTop) {
      return centred
          ? new StickerLayout.Mark(-markMm / 2, markTop(shape, markMm) - markMm, markMm)
          : new StickerLayout.Mark(left, blockTop - markMm, markMm);
    }

    /** The room for a line whose ink spans from {@code inkBottom} to {@code inkTop}. */
    double widthBetween(double inkTop, double inkBottom) {
      double half =
          Math.min(
              shape.halfWidthAt(inkTop, TYPE_INSET_MM),
              shape.halfWidthAt(inkBottom, TYPE_INSET_MM));
      if (centred) {
        return 2 * half;
      }
      return half + 1e-9 < -left ? 0 : Math.min(right, half) - left;
    }

    /** Where a line of {@code widthMm} starts. */
    double x(double widthMm) {
      return centred ? -widthMm / 2 : left;
    }
  }

  private static Optional<StickerLayout.QrTile> qrTile(Shape shape, String url) {
    int modules = QrCode.encode(url).size();
    double ratio = (double) modules / (modules + 2 * QrCode.QUIET_ZONE_MODULES);
    double minTile = MIN_QR_MM / ratio + 0.01;
    if (shape.circle()) {
      double tile = Math.max(minTile, 0.34 * shape.widthMm());
      if (tile > 0.45 * shape.widthMm()) {
        return Optional.empty();
      }
      double radius = shape.widthMm() / 2 - SAFE_MM;
      double bottom = -Math.sqrt(radius * radius - tile * tile / 4);
      return Optional.of(new StickerLayout.QrTile(url, 0, bottom + tile / 2, tile, tile * ratio));
    }
    double room = shape.heightMm() - 2 * SAFE_MM;
    double tile = Math.min(room, Math.max(minTile, 0.32 * shape.widthMm()));
    if (tile < minTile || tile > 0.45 * shape.widthMm()) {
      return Optional.empty();
    }
    double centreX = shape.widthMm() / 2 - SAFE_MM - tile / 2;
    return Optional.of(new StickerLayout.QrTile(url, centreX, 0, tile, tile * ratio));
  }
}
