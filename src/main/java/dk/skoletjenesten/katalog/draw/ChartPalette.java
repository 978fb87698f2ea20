package dk.skoletjenesten.katalog.draw;

import java.util.List;

/**
 * The house colours for charts, in DeviceCMYK. The first eight are the publications' own section
 * colours (petrol first, the dark accent of indexes and headings), ordered so that neighbouring
 * slices of a pie contrast in hue and lightness; the last four are lighter tints and a neutral grey
 * for a ninth to twelfth slice. Every colour stays under 300 % total ink.
 */
public final class ChartPalette {
  /** Up to twelve distinguishable colours: slice {@code i} of a pie takes colour {@code i}. */
  public static final List<CmykColour> HOUSE =
      List.of(
          new CmykColour(0.95f, 0.35f, 0.45f, 0.45f), // petrol
          new CmykColour(0f, 0.38f, 0.92f, 0.05f), // amber
          new CmykColour(0.9f, 0.42f, 0f, 0f), // blue
          new CmykColour(0f, 0.85f, 0.45f, 0f), // raspberry
          new CmykColour(0.68f, 0f, 0.88f, 0.08f), // green
          new CmykColour(0.58f, 0.82f, 0f, 0f), // violet
          new CmykColour(0.78f, 0f, 0.3f, 0.12f), // turquoise
          new CmykColour(0f, 0.62f, 0.78f, 0.18f), // rust
          new CmykColour(0.4f, 0.18f, 0f, 0f), // light blue
          new CmykColour(0.32f, 0f, 0.42f, 0f), // light green
          new CmykColour(0f, 0.18f, 0.48f, 0f), // light amber
          CmykColour.grey(0.35f)); // grey

  /** Titles, labels and values: 100 K, black ink only, sharp even if the plates shift. */
  static final CmykColour TEXT = CmykColour.grey(1);

  /** The source line at the foot, K60 as the books' other small notes. */
  static final CmykColour SOURCE = CmykColour.grey(0.6f);

  /** Baselines and axes. */
  static final CmykColour AXIS = CmykColour.grey(0.5f);

  /** Unprinted paper: the thin gaps between slices. */
  static final CmykColour PAPER = CmykColour.grey(0);

  private ChartPalette() {}
}
