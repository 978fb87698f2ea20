package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes proof PDFs of inserts to look at. Not a test; run it with
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     dk.skoletjenesten.katalog.insert.InsertProof OUT [DATA | PLACES OFFERS]</pre>
 *
 * With a data folder, every insert order in it; with two numbers, a synthetic Aabenraa selection of
 * that size. Prints each insert's page count.
 */
public final class InsertProof {
  private InsertProof() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    Path data =
        args.length == 3
            ? SyntheticData.write(
                Files.createTempDirectory("insert-proof"),
                Integer.parseInt(args[1]),
                Integer.parseInt(args[2]))
            : Path.of(args.length > 1 ? args[1] : "src/test/resources/registry/valid-csv");
    Registry registry =
        RegistryReader.read(data)
            .registry()
            .orElseThrow(() -> new IllegalStateException("data has errors"));
    InsertBuilder builder = new InsertBuilder(Path.of("layouts"), Path.of("fonts"));
    for (InsertOrder order : registry.insertOrders()) {
      Diagnostics diagnostics = new Diagnostics();
      long start = System.nanoTime();
      var insert = builder.build(registry, order, diagnostics);
      double seconds = (System.nanoTime() - start) / 1e9;
      diagnostics.sorted().forEach(System.out::println);
      if (insert.isPresent()) {
        Path file = out.resolve("insert-" + order.municipality() + ".pdf");
        Files.write(file, insert.get().pdf());
        System.out.printf(
            "%s: %d pages, %.2f s, %s%n",
            file, insert.get().pageCount(), seconds, insert.get().headline());
      }
    }
  }
}
