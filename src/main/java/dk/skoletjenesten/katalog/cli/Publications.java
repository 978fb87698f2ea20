package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.CataloguePublisher;
import dk.skoletjenesten.katalog.pipeline.InsertPublisher;
import dk.skoletjenesten.katalog.pipeline.Publisher;
import dk.skoletjenesten.katalog.pipeline.StickerPublisher;
import java.util.ArrayList;
import java.util.List;

/** The publications a build makes, in bundle order. */
final class Publications {
  private Publications() {}

  static List<Publisher> all(BuildOptions options) {
    List<Publisher> publishers = new ArrayList<>();
    if (options.only().includes("catalogue")) {
      publishers.add(new CataloguePublisher(options.layouts(), options.fonts()));
    }
    publishers.add(new InsertPublisher(options.layouts(), options.fonts(), options.only()));
    publishers.add(new StickerPublisher(options.fonts(), options.only()));
    return publishers;
  }
}
