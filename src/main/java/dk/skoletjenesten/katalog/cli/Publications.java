package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.CataloguePublisher;
import dk.skoletjenesten.katalog.pipeline.InsertPublisher;
import dk.skoletjenesten.katalog.pipeline.Publisher;
import dk.skoletjenesten.katalog.pipeline.StickerPublisher;
import java.util.List;

/** The publications a build can make, in bundle order; the pipeline applies {@code --only}. */
final class Publications {
  private Publications() {}

  static List<Publisher> all(BuildOptions options) {
    return List.of(
        new CataloguePublisher(options.layouts(), options.fonts()),
        new InsertPublisher(options.layouts(), options.fonts()),
        new StickerPublisher(options.fonts()));
  }
}
