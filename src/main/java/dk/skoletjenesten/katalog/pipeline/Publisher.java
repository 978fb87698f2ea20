package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.Registry;
import java.util.List;

/**
 * Makes one kind of publication from a valid registry. Problems that the data causes (a selection
 * that does not fit, a text that cannot be set) are reported as diagnostics; an exception means a
 * fault in the program or the machine.
 */
public interface Publisher {
  /** A short name for messages and {@code --only}: {@code catalogue}, {@code insert}, ... */
  String name();

  List<BundleFile> publish(Registry registry, Diagnostics diagnostics);
}
