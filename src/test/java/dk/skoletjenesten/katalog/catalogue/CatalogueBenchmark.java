package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the catalogue build: the first build in a fresh JVM (cold, including class loading and
 * JIT warm-up) and a second build in the same JVM (warm). Not a test; run it with
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     dk.skoletjenesten.katalog.catalogue.CatalogueBenchmark sample-data [out]</pre>
 *
 * Prints wall time, pages per second and the peak heap used.
 */
public final class CatalogueBenchmark {
  private CatalogueBenchmark() {}

  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Path data = Path.of(args.length > 0 ? args[0] : "sample-data");
    Path out = args.length > 1 ? Path.of(args[1]) : null;
    CatalogueBuilder builder = new CatalogueBuilder(Path.of("layouts"), Path.of("fonts"));
    for (String run : new String[] {"cold", "warm"}) {
      long start = System.nanoTime();
      Registry registry = RegistryReader.read(data).registry().orElseThrow(() -> new IllegalStateException("data has errors"));
      Catalogue catalogue = builder.build(registry);
      double seconds = (System.nanoTime() - start) / 1e9;
      double sinceJvm = (System.currentTimeMillis() - jvmStart) / 1e3;
      System.out.printf("%s: %d pages in %.2f s (%.1f pages/s)%s, spine %.1f mm%n", run, catalogue.pageCount(), seconds,
          catalogue.pageCount() / seconds, run.equals("cold") ? String.format(", %.2f s since JVM start", sinceJvm) : "",
          catalogue.spineWidthMm());
      if (out != null) {
        Files.createDirectories(out);
        Files.write(out.resolve("catalogue.pdf"), catalogue.interiorPdf());
        if (catalogue.coverPdf().isPresent()) {
          Files.write(out.resolve("catalogue-cover.pdf"), catalogue.coverPdf().get());
        }
      }
    }
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("peak heap used: %d MB (sum of pool peaks)%n", peak / (1024 * 1024));
  }

}
