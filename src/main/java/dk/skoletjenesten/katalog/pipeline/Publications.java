package dk.skoletjenesten.katalog.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * The publications katalog makes, in bundle order, with the templates of {@code layoutsDir} and the
 * fonts of {@code fontsDir}. A new publication is a {@link Publisher} added here, whose key is a
 * selectable row of the {@link dk.skoletjenesten.katalog.print.Product} table.
 */
public final class Publications {
  private Publications() {}

  /** Every publication; the {@link Pipeline} makes those {@code --only} selects. */
  public static List<Publisher> all(Path layoutsDir, Path fontsDir) {
    return List.of(
        catalogue(layoutsDir, fontsDir),
        new InsertPublisher(layoutsDir, fontsDir),
        new StickerPublisher(fontsDir),
        new ReportPublisher(layoutsDir, fontsDir));
  }

  /** The national catalogue and its cover. */
  public static Publisher catalogue(Path layoutsDir, Path fontsDir) {
    return new CataloguePublisher(layoutsDir, fontsDir);
  }
}
