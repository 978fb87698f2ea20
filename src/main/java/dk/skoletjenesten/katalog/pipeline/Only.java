package dk.skoletjenesten.katalog.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * Which publications a build makes: everything, or only those named with {@code --only} ({@code
 * catalogue}, {@code insert}, {@code insert:580}, {@code sticker}, {@code sticker:860}).
 */
public record Only(List<String> selectors) {
  public static final Only EVERYTHING = new Only(List.of());
  private static final List<String> PRODUCTS = List.of("catalogue", "insert", "sticker");

  public Only {
    selectors = List.copyOf(selectors);
  }

  /** Parses the selectors; empty with the reason when one is not understood. */
  public static Optional<String> problemWith(String selector) {
    String[] parts = selector.split(":", 2);
    if (!PRODUCTS.contains(parts[0])) {
      return Optional.of(
          "expected one of "
              + String.join(", ", PRODUCTS)
              + " (optionally :CODE), got "
              + selector);
    }
    if (parts.length == 2 && !parts[1].matches("\\d{3,4}")) {
      return Optional.of("expected a municipality code after " + parts[0] + ":, got " + parts[1]);
    }
    return Optional.empty();
  }

  public boolean includes(String product) {
    return selectors.isEmpty()
        || selectors.stream().anyMatch(s -> s.split(":", 2)[0].equals(product));
  }

  public boolean includes(String product, int municipality) {
    return selectors.isEmpty()
        || selectors.stream()
            .anyMatch(
                s ->
                    s.equals(product)
                        || s.equals(product + ":" + municipality)
                        || s.equals(product + ":0" + municipality));
  }
}
