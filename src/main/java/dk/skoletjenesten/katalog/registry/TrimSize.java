package dk.skoletjenesten.katalog.registry;

import java.util.Optional;

/** A final (trimmed) page format in millimetres; {@code name} is A4/A5 or null for a custom one. */
public record TrimSize(double widthMm, double heightMm, String name) {
  public static final TrimSize A4 = new TrimSize(210, 297, "A4");
  public static final TrimSize A5 = new TrimSize(148, 210, "A5");

  public TrimSize {
    if (widthMm <= 0 || heightMm <= 0) {
      throw new IllegalArgumentException(
          "trim must be positive, got " + widthMm + " x " + heightMm);
    }
  }

  public static Optional<TrimSize> findByName(String name) {
    return switch (name) {
      case "A4" -> Optional.of(A4);
      case "A5" -> Optional.of(A5);
      default -> Optional.empty();
    };
  }

  /** {@code A4} or {@code 200 x 250 mm}. */
  public String describe() {
    return name != null ? name : format(widthMm) + " x " + format(heightMm) + " mm";
  }

  private static String format(double mm) {
    return mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm);
  }
}
