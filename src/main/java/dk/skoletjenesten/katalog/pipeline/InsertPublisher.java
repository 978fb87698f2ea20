package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.insert.InsertBuilder;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Municipality;
import dk.skoletjenesten.katalog.registry.Registry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;

/**
 * Every insert order: {@code inserts/CODE-NAME.pdf}, printed in the order's copies; laid out on all
 * cores, in the orders' order.
 */
final class InsertPublisher implements Publisher {
  private final Path layoutsDir;
  private final Path fontsDir;

  InsertPublisher(Path layoutsDir, Path fontsDir) {
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
  }

  @Override
  public Product key() {
    return Product.INSERT;
  }

  @Override
  public String name() {
    return "inserts";
  }

  @Override
  public List<BundleFile> publish(
      Registry registry, IntPredicate municipalities, Diagnostics diagnostics) {
    List<InsertOrder> orders =
        registry.insertOrders().stream()
            .filter(o -> municipalities.test(o.municipality()))
            .toList();
    if (orders.isEmpty()) {
      return List.of();
    }
    InsertBuilder builder = new InsertBuilder(layoutsDir, fontsDir);
    List<Callable<Made>> tasks =
        orders.stream().<Callable<Made>>map(o -> () -> make(builder, registry, o)).toList();
    List<BundleFile> files = new ArrayList<>();
    for (Made insert : OnAllCores.run(tasks, (task, cause) -> fault(orders.get(task), cause))) {
      diagnostics.addAll(insert.diagnostics().sorted());
      insert.file().ifPresent(files::add);
    }
    return files;
  }

  /** One insert's file, or none, and what its order's layout said. */
  private record Made(Optional<BundleFile> file, Diagnostics diagnostics) {}

  private static Made make(InsertBuilder builder, Registry registry, InsertOrder order) {
    Municipality municipality = registry.requireMunicipality(order.municipality());
    Diagnostics said = new Diagnostics();
    Optional<BundleFile> file =
        builder
            .build(registry, order, said)
            .map(
                insert ->
                    BundleFile.builder(
                            "inserts/" + FileNames.forMunicipality(municipality) + ".pdf",
                            Product.INSERT)
                        .title("Indstik: " + insert.headline())
                        .municipality(municipality.code())
                        .copies(insert.copies())
                        .pages(insert.pageCount())
                        .trimMm(insert.trimWidthMm(), insert.trimHeightMm())
                        .content(insert.pdf())
                        .xhtml(insert.xhtml())
                        .build());
    return new Made(file, said);
  }

  private static RuntimeException fault(InsertOrder order, Throwable cause) {
    if (cause instanceof InterruptedException) {
      return new IllegalStateException("interrupted while making the inserts", cause);
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    return new IllegalStateException(
        "while making the insert of " + order.file() + ": " + cause.getMessage(), cause);
  }
}
