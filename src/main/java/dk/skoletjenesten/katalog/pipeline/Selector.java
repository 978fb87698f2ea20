package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.print.Product;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One word of {@code --only}: a publication, named by the product its {@link Publisher#key()} is,
 * for every municipality or for one ({@code insert}, {@code insert:580}, {@code sticker:860};
 * {@code catalogue} is national and ignores a code).
 */
public record Selector(Product product, OptionalInt municipality) {
  public Selector {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(municipality, "municipality");
  }

  /**
   * The selector written as {@code text}, e.g. {@code insert:580}.
   *
   * @throws IllegalArgumentException saying what was expected, when the text is no selector
   */
  public static Selector parse(String text) {
    String[] parts = text.split(":", 2);
    Product product =
        Product.findSelectable(parts[0])
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "expected one of " + words() + " (optionally :CODE), got " + text));
    if (parts.length == 1) {
      return new Selector(product, OptionalInt.empty());
    }
    if (!parts[1].matches("\\d{3,4}")) {
      throw new IllegalArgumentException(
          "expected a municipality code after " + parts[0] + ":, got " + parts[1]);
    }
    return new Selector(product, OptionalInt.of(Integer.parseInt(parts[1])));
  }

  /** Whether this selector asks for {@code key}'s publication for {@code municipality}. */
  boolean selects(Product key, int municipality) {
    return product == key
        && (this.municipality.isEmpty() || this.municipality.getAsInt() == municipality);
  }

  private static String words() {
    return Product.selectableProducts().stream()
        .map(Product::key)
        .collect(Collectors.joining(", "));
  }
}
