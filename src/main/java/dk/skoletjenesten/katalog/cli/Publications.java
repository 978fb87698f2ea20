package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.Publisher;
import java.util.List;

/** The publications a build makes, in bundle order. */
final class Publications {
  private Publications() {}

  static List<Publisher> all(BuildOptions options) {
    return List.of();
  }
}
