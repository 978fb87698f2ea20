package dk.skoletjenesten.katalog.bundle;

import dk.skoletjenesten.katalog.pdf.RenderedXhtml;
import dk.skoletjenesten.katalog.print.Product;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One print-ready file of the bundle: where it goes ({@code path}, relative to OUT, with {@code
 * /}), what it is, its title (the PDF's title and the print order's line), for which municipality
 * (empty for national products), how many copies, its page count and final format, its bytes and,
 * for a file Flying Saucer rendered, the XHTML it was rendered from (for {@code --keep-xhtml}; not
 * part of the bundle). Made with {@link #builder}.
 */
public record BundleFile(
    String path,
    Product product,
    String title,
    OptionalInt municipality,
    int copies,
    int pages,
    double trimWidthMm,
    double trimHeightMm,
    byte[] content,
    Optional<RenderedXhtml> xhtml) {

  private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9æøå._-]+(/[a-z0-9æøå._-]+)*");

  public BundleFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(xhtml, "xhtml");
    if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
      throw new IllegalArgumentException("bundle path must be a plain relative path, got " + path);
    }
    if (pages < 1 || copies < 0) {
      throw new IllegalArgumentException(
          path + ": pages must be >= 1 and copies >= 0, got " + pages + ", " + copies);
    }
  }

  /** A file at {@code path} of {@code product}, national until given a municipality. */
  public static Builder builder(String path, Product product) {
    return new Builder(path, product);
  }

  /** The same file with other bytes, e.g. after finishing; the XHTML it came from is kept. */
  public BundleFile withContent(byte[] newContent) {
    return new BundleFile(
        path,
        product,
        title,
        municipality,
        copies,
        pages,
        trimWidthMm,
        trimHeightMm,
        newContent,
        xhtml);
  }

  /** Builds a {@link BundleFile}; {@link #build()} checks the parts. */
  public static final class Builder {
    private final String path;
    private final Product product;
    private String title;
    private OptionalInt municipality = OptionalInt.empty();
    private int copies;
    private int pages;
    private double trimWidthMm;
    private double trimHeightMm;
    private byte[] content;
    private Optional<RenderedXhtml> xhtml = Optional.empty();

    private Builder(String path, Product product) {
      this.path = path;
      this.product = product;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The municipality a local product is for, by its code. */
    public Builder municipality(int code) {
      this.municipality = OptionalInt.of(code);
      return this;
    }

    public Builder copies(int copies) {
      this.copies = copies;
      return this;
    }

    public Builder pages(int pages) {
      this.pages = pages;
      return this;
    }

    public Builder trimMm(double widthMm, double heightMm) {
      this.trimWidthMm = widthMm;
      this.trimHeightMm = heightMm;
      return this;
    }

    public Builder content(byte[] content) {
      this.content = content;
      return this;
    }

    /** The XHTML the file was rendered from. */
    public Builder xhtml(RenderedXhtml xhtml) {
      this.xhtml = Optional.of(xhtml);
      return this;
    }

    public BundleFile build() {
      return new BundleFile(
          path,
          product,
          title,
          municipality,
          copies,
          pages,
          trimWidthMm,
          trimHeightMm,
          content,
          xhtml);
    }
  }
}
