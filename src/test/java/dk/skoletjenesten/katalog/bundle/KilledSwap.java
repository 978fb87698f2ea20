package dk.skoletjenesten.katalog.bundle;

import dk.skoletjenesten.katalog.print.Product;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
    BundleFile file = file(text);
    writer.write(work, file.path(), file.content());
    writer.writeManifest(
        work,
        new Manifest.Header("2018/19", text, "2018-06-01", null),
        List.of(BundleWriter.entry(file, new Manifest.Extra(null, List.of()))));
    writer.publish(work);
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
