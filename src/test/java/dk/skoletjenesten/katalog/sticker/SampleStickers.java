package dk.skoletjenesten.katalog.sticker;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The three sticker orders of sample-data/orders/stickers, and measures of what they print. */
final class SampleStickers {
  static final Stickers STICKERS = new Stickers(Path.of("fonts"));
  static final LocalDate DATE = LocalDate.of(2018, 8, 13);

  /** An order with the municipality's name, as the pipeline passes it. */
  record Sample(StickerOrder order, String municipality) {
    Stickers.Artwork artwork() {
      Diagnostics diagnostics = new Diagnostics();
      var artwork = STICKERS.artwork(order, municipality, order.file(), diagnostics);
      assertThat(diagnostics.sorted()).isEmpty();
      return artwork.orElseThrow();
    }

    Stickers.Job job() {
      return new Stickers.Job(
          "Klistermærke til kataloget 2018/19, " + municipality,
          order.file(),
          order.findCopies().orElseThrow(),
          DATE);
    }

    Shape shape() {
      return Shape.of(order);
    }

    @Override
    public String toString() {
      return order.file();
    }
  }

  static final Sample HJOERRING =
      new Sample(
          circle("hjoerring", 860, 1100, 60, "Find alle tilbud i Hjørring Kommune", "hjørring"),
          "Hjørring Kommune");
  static final Sample MARIAGERFJORD =
      new Sample(
          circle(
              "mariagerfjord",
              846,
              300,
              50,
              "Find åben skole-tilbud i Mariagerfjord Kommune",
              "mariagerfjord"),
          "Mariagerfjord Kommune");
  static final Sample STRUER =
      new Sample(
          new StickerOrder(
              "orders/stickers/struer.json",
              671,
              113,
              "Se alle tilbud til skolerne i Struer Kommune",
              "https://www.skoletjenesten.dk/struer",
              StickerOrder.Shape.RECTANGLE,
              90,
              50,
              4,
              StickerOrder.Sheet.SRA3),
          "Struer Kommune");

  static List<Sample> all() {
    return List.of(HJOERRING, MARIAGERFJORD, STRUER);
  }

  private SampleStickers() {}

  static StickerOrder circle(
      String name, int code, int copies, double diameter, String text, String slug) {
    return new StickerOrder(
        "orders/stickers/" + name + ".json",
        code,
        copies,
        text,
        "https://www.skoletjenesten.dk/" + slug,
        StickerOrder.Shape.CIRCLE,
        diameter,
        diameter,
        diameter / 2,
        StickerOrder.Sheet.SRA3);
  }

  /** A printed line: its text and the extent of its ink. */
  record Line(String text, boolean bold, double widthMm) {}

  /** The lines of a page, top to bottom, from its glyphs grouped by baseline. */
  static List<Line> lines(PaintedShapes shapes) {
    Map<Long, List<PaintedShapes.GlyphOutline>> byBaseline = new LinkedHashMap<>();
    shapes.glyphs.stream()
        .sorted(Comparator.comparingDouble(g -> -g.baselineMm()))
        .forEach(
            g ->
                byBaseline
                    .computeIfAbsent(Math.round(g.baselineMm() * 10), k -> new ArrayList<>())
                    .add(g));
    List<Line> lines = new ArrayList<>();
    for (List<PaintedShapes.GlyphOutline> glyphs : byBaseline.values()) {
      glyphs.sort(Comparator.comparingDouble(g -> g.originXMm()));
      String text = glyphs.stream().map(g -> g.text()).collect(Collectors.joining()).strip();
      double left =
          glyphs.stream()
              .filter(g -> !g.boundsMm().isEmpty())
              .mapToDouble(g -> g.boundsMm().getMinX())
              .min()
              .orElse(0);
      double right =
          glyphs.stream()
              .filter(g -> !g.boundsMm().isEmpty())
              .mapToDouble(g -> g.boundsMm().getMaxX())
              .max()
              .orElse(0);
      lines.add(new Line(text, glyphs.get(0).bold(), right - left));
    }
    return lines;
  }

  /**
   * How far {@code point} (page mm) lies inside the die line of {@code shape} drawn with its centre
   * at {@code centre}; negative outside. Exact for circles and rounded rectangles.
   */
  static double insideCutMm(Shape shape, Point2D centre, Point2D point) {
    double r = shape.cornerRadiusMm();
    double qx = Math.abs(point.getX() - centre.getX()) - (shape.widthMm() / 2 - r);
    double qy = Math.abs(point.getY() - centre.getY()) - (shape.heightMm() / 2 - r);
    double outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return r - outside - Math.min(Math.max(qx, qy), 0);
  }

  /** The smallest distance inside the cut of the four corners of {@code box}. */
  static double cornersInsideCutMm(Shape shape, Point2D centre, Rectangle2D box) {
    double least = Double.MAX_VALUE;
    for (double x : new double[] {box.getMinX(), box.getMaxX()}) {
      for (double y : new double[] {box.getMinY(), box.getMaxY()}) {
        least = Math.min(least, insideCutMm(shape, centre, new Point2D.Double(x, y)));
      }
    }
    return least;
  }

  /** The centre of a sticker artwork page: trim plus bleed on every side. */
  static Point2D artworkCentre(Shape shape) {
    return new Point2D.Double(
        shape.widthMm() / 2 + StickerArtist.BLEED_MM,
        shape.heightMm() / 2 + StickerArtist.BLEED_MM);
  }
}
