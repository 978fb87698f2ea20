package dk.skoletjenesten.katalog.bundle;

import dk.skoletjenesten.katalog.print.Product;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A process that writes a bundle to {@code args[0]}, then starts replacing it with a second one and
 * dies between the two renames of the swap as a {@code kill -9} would: no finally block, no
 * shutdown hook runs.
 */
public final class KilledSwap {
  static final int KILLED = 137;

  private KilledSwap() {}

  public static void main(String[] args) {
    Path out = Path.of(args[0]);
    write(new BundleWriter(out), "first");
    write(new BundleWriter(out, () -> Runtime.getRuntime().halt(KILLED)), "second");
  }

  static void write(BundleWriter writer, String text) {
    writer.recover();
    Path work = writer.begin();
    writer.complete(work, "2018/19", text, "PDF/X-4", List.of(file(text)), Map.of());
  }

  static BundleFile file(String text) {
    return BundleFile.builder("catalogue.pdf", Product.CATALOGUE)
        .title(text)
        .copies(1)
        .pages(4)
        .trimMm(210, 297)
        .content(text.getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
