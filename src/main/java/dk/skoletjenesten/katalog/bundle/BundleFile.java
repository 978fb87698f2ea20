package dk.skoletjenesten.katalog.bundle;

import dk.skoletjenesten.katalog.print.Product;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One print-ready file of the bundle: where it goes ({@code path}, relative to OUT, with {@code
 * /}), what it is, its title (the PDF's title and the print order's line), for which municipality
 * (null for national products), how many copies, its page count and final format, and its bytes.
 */
public record BundleFile(
    String path,
    Product product,
    String title,
    Integer municipality,
    int copies,
    int pages,
    double trimWidthMm,
    double trimHeightMm,
    byte[] content) {

  private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9æøå._-]+(/[a-z0-9æøå._-]+)*");

  public BundleFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
    if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
      throw new IllegalArgumentException("bundle path must be a plain relative path, got " + path);
    }
    if (pages < 1 || copies < 0) {
      throw new IllegalArgumentException(
          path + ": pages must be >= 1 and copies >= 0, got " + pages + ", " + copies);
    }
  }

  /** The same file with other bytes, e.g. after finishing. */
  public BundleFile withContent(byte[] newContent) {
    return new BundleFile(
        path, product, title, municipality, copies, pages, trimWidthMm, trimHeightMm, newContent);
  }
}
