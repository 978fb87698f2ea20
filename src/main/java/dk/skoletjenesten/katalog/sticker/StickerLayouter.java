package dk.skoletjenesten.katalog.sticker;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.draw.QrCode;
import dk.skoletjenesten.katalog.print.Product;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Fits a sticker's text, portal address and QR code inside its safe zone. The text is set as large
 * as fits (24 pt down to 7 pt), wrapped on word boundaries to the width the shape has at each
 * line's height; the address is never broken. A QR code is placed only where it can be at least 15
 * mm wide with its quiet zone; when text and code do not fit together, the text wins.
 */
final class StickerLayouter {
  static final double SAFE_MM = Product.STICKER.safeZoneMm();
  static final double MIN_PT = 7;
  static final double MAX_PT = 24;
  static final double MIN_QR_MM = 15;
  private static final double STEP_PT = 0.25;
  private static final double LEADING = 1.18;
  private static final double GAP_MM = 1.5;

  private final TextMeasure measure;

  StickerLayouter(TextMeasure measure) {
    this.measure = measure;
  }

  Optional<StickerLayout> layout(Shape shape, String text, String url, String urlLabel) {
    Optional<StickerLayout.QrTile> qr = qrTile(shape, url);
    if (qr.isPresent()) {
      Optional<StickerLayout> withCode = fit(shape, text, urlLabel, qr.get());
      if (withCode.isPresent()) {
        return withCode;
      }
    }
    return fit(shape, text, urlLabel, null);
  }

  private Optional<StickerLayout> fit(
      Shape shape, String text, String urlLabel, StickerLayout.QrTile qr) {
    Region region = region(shape, qr);
    for (double size = MAX_PT; size >= MIN_PT - 1e-9; size -= STEP_PT) {
      double urlSize = Math.max(MIN_PT, Math.round(size * 0.72 * 4) / 4.0);
      List<Paragraph> paragraphs =
          List.of(
              new Paragraph(text, true, size, true),
              new Paragraph(urlLabel, false, urlSize, false));
      Optional<List<StickerLayout.TextLine>> lines = place(region, paragraphs);
      if (lines.isPresent()) {
        return Optional.of(new StickerLayout(lines.get(), qr));
      }
    }
    return Optional.empty();
  }

  private record Paragraph(String text, boolean bold, double sizePt, boolean breakable) {
    double lineMm() {
      return Units.ptToMm(sizePt) * LEADING;
    }
  }

  /** Where text may go: between two heights, a half-width per height, around a centre line. */
  private record Region(double yMin, double yMax, double centreX, DoubleUnaryOperator halfWidth) {
    double widthBetween(double top, double bottom) {
      return 2 * Math.min(halfWidth.applyAsDouble(top), halfWidth.applyAsDouble(bottom));
    }
  }

  private static Region region(Shape shape, StickerLayout.QrTile qr) {
    double top = shape.heightMm() / 2 - SAFE_MM;
    if (qr == null) {
      return new Region(-top, top, 0, y -> shape.halfWidthAt(y, SAFE_MM));
    }
    if (shape.circle()) {
      double tileTop = qr.centreY() + qr.tileMm() / 2;
      return new Region(tileTop + GAP_MM, top, 0, y -> shape.halfWidthAt(y, SAFE_MM));
    }
    double taken = (qr.tileMm() + GAP_MM) / 2;
    return new Region(-top, top, -taken, y -> Math.max(0, shape.halfWidthAt(y, SAFE_MM) - taken));
  }

  private static Optional<StickerLayout.QrTile> qrTile(Shape shape, String url) {
    int modules = QrCode.encode(url).size();
    double ratio = (double) modules / (modules + 2 * QrCode.QUIET_ZONE_MODULES);
    double inner = shape.widthMm() / 2 - SAFE_MM;
    if (shape.circle()) {
      double tile = 0.40 * shape.widthMm();
      double bottom = -Math.sqrt(Math.max(0, inner * inner - tile * tile / 4));
      return tile * ratio < MIN_QR_MM
          ? Optional.empty()
          : Optional.of(new StickerLayout.QrTile(url, 0, bottom + tile / 2, tile, tile * ratio));
    }
    double tile = Math.min(shape.heightMm() - 2 * SAFE_MM, 0.42 * shape.widthMm());
    return tile * ratio < MIN_QR_MM
        ? Optional.empty()
        : Optional.of(new StickerLayout.QrTile(url, inner - tile / 2, 0, tile, tile * ratio));
  }

  /**
   * Wraps and stacks the paragraphs, centred in the region; re-wraps until the line count settles.
   */
  private Optional<List<StickerLayout.TextLine>> place(Region region, List<Paragraph> paragraphs) {
    int[] counts = new int[paragraphs.size()];
    Arrays.fill(counts, 1);
    for (int attempt = 0; attempt < 6; attempt++) {
      double height = height(paragraphs, counts);
      if (height > region.yMax() - region.yMin()) {
        return Optional.empty();
      }
      double y = (region.yMin() + region.yMax()) / 2 + height / 2;
      List<StickerLayout.TextLine> lines = new ArrayList<>();
      int[] found = new int[paragraphs.size()];
      for (int p = 0; p < paragraphs.size(); p++) {
        Optional<List<StickerLayout.TextLine>> wrapped = wrap(region, paragraphs.get(p), y);
        if (wrapped.isEmpty()) {
          return Optional.empty();
        }
        lines.addAll(wrapped.get());
        found[p] = wrapped.get().size();
        y -= found[p] * paragraphs.get(p).lineMm() + gapAfter(paragraphs.get(p));
      }
      if (Arrays.equals(found, counts)) {
        return Optional.of(lines);
      }
      counts = found;
    }
    return Optional.empty();
  }

  private static double height(List<Paragraph> paragraphs, int[] counts) {
    double height = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      height +=
          counts[p] * paragraphs.get(p).lineMm()
              + (p < paragraphs.size() - 1 ? gapAfter(paragraphs.get(p)) : 0);
    }
    return height;
  }

  private static double gapAfter(Paragraph paragraph) {
    return Units.ptToMm(paragraph.sizePt()) * 0.4;
  }

  private Optional<List<StickerLayout.TextLine>> wrap(
      Region region, Paragraph paragraph, double top) {
    String[] words =
        paragraph.breakable() ? paragraph.text().split("\\s+") : new String[] {paragraph.text()};
    List<StickerLayout.TextLine> lines = new ArrayList<>();
    String current = "";
    double lineTop = top;
    for (String word : words) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      double width = region.widthBetween(lineTop, lineTop - paragraph.lineMm());
      if (measure.widthMm(candidate, paragraph.bold(), paragraph.sizePt()) <= width) {
        current = candidate;
      } else if (current.isEmpty()) {
        return Optional.empty();
      } else {
        lines.add(line(region, paragraph, current, lineTop));
        lineTop -= paragraph.lineMm();
        current = word;
        if (measure.widthMm(word, paragraph.bold(), paragraph.sizePt())
            > region.widthBetween(lineTop, lineTop - paragraph.lineMm())) {
          return Optional.empty();
        }
      }
    }
    lines.add(line(region, paragraph, current, lineTop));
    return Optional.of(lines);
  }

  private static StickerLayout.TextLine line(
      Region region, Paragraph paragraph, String text, double lineTop) {
    double baseline = lineTop - paragraph.lineMm() / 2 - Units.ptToMm(paragraph.sizePt()) * 0.36;
    return new StickerLayout.TextLine(
        text, paragraph.bold(), paragraph.sizePt(), region.centreX(), baseline);
  }
}
