package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.chart.ChartKind;
import java.util.List;
import java.util.Objects;

/**
 * What a chart shows and how large it is drawn: its kind, title, unit ({@code "%"}, a word such as
 * {@code "børn og unge"}, or {@code ""}), an optional source line ({@code ""} for none), the points
 * in the order given, the size of the finished drawing and the colours to draw in. Bars and columns
 * take the first colour; slice {@code i} of a pie or donut takes colour {@code i}.
 *
 * <p>A spec can describe a chart that cannot be drawn: data that no chart can show (a negative
 * slice, see {@link dk.skoletjenesten.katalog.chart.ChartRules}), which the renderer refuses, or a
 * label too long for its place, which {@link ChartRenderer#check} says before anything is drawn.
 */
public record ChartSpec(
    ChartKind kind,
    String title,
    String unit,
    String source,
    List<Point> points,
    double widthMm,
    double heightMm,
    List<CmykColour> colours) {

  public ChartSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    points = List.copyOf(points);
    colours = List.copyOf(colours);
    if (!(widthMm > 0 && heightMm > 0)) {
      throw new IllegalArgumentException(
          "a chart needs a positive size, got " + widthMm + " x " + heightMm + " mm");
    }
    if (colours.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one colour");
    }
  }

  /** A chart in the house colours ({@link ChartPalette#HOUSE}). */
  public ChartSpec(
      ChartKind kind,
      String title,
      String unit,
      String source,
      List<Point> points,
      double widthMm,
      double heightMm) {
    this(kind, title, unit, source, points, widthMm, heightMm, ChartPalette.HOUSE);
  }

  /** The same chart drawn {@code heightMm} high. */
  public ChartSpec withHeightMm(double heightMm) {
    return new ChartSpec(kind, title, unit, source, points, widthMm, heightMm, colours);
  }

  /** One labelled value: a bar, a column or a slice. */
  public record Point(String label, double value) {
    public Point {
      Objects.requireNonNull(label, "label");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("the value of \"" + label + "\" is " + value);
      }
    }
  }
}
