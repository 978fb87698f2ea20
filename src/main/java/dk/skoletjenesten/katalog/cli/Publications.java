package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.Publisher;
import dk.skoletjenesten.katalog.pipeline.StickerPublisher;
import java.util.List;

/** The publications a build makes, in bundle order. */
final class Publications {
  private Publications() {}

  static List<Publisher> all(BuildOptions options) {
    return List.of(new StickerPublisher(options.fonts(), options.only()));
  }
}
