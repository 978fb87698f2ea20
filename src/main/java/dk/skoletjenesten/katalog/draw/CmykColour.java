package dk.skoletjenesten.katalog.draw;

/**
 * A process colour in DeviceCMYK, each ink from 0 to 1. The only kind of colour a chart is drawn
 * in: no RGB, no ICC profile, no transparency.
 */
public record CmykColour(float cyan, float magenta, float yellow, float black) {
  public CmykColour {
    inRange("cyan", cyan);
    inRange("magenta", magenta);
    inRange("yellow", yellow);
    inRange("black", black);
  }

  /** Black only, {@code black} from 0 to 1 (K60 is {@code grey(0.6f)}). */
  public static CmykColour grey(float black) {
    return new CmykColour(0, 0, 0, black);
  }

  /** Total ink coverage in percent (400 at most; print asks for 300 or less). */
  public float inkPercent() {
    return 100 * (cyan + magenta + yellow + black);
  }

  private static void inRange(String ink, float value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(ink + " must be from 0 to 1, got " + value);
    }
  }
}
