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
import java.util.function.IntPredicate;

/** Every insert order: {@code inserts/CODE-NAME.pdf}, printed in the order's copies. */
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
    List<BundleFile> files = new ArrayList<>();
    for (InsertOrder order : orders) {
      Municipality municipality = registry.requireMunicipality(order.municipality());
      builder
          .build(registry, order, diagnostics)
          .ifPresent(
              insert ->
                  files.add(
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
                          .build()));
    }
    return files;
  }
}
