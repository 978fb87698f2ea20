package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Registry;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Makes one kind of publication from a valid registry. Problems that the data causes (a selection
 * that does not fit, a text that cannot be set) are reported as diagnostics; an exception means a
 * fault in the program or the machine.
 */
public interface Publisher {
  /**
   * The product that names this publication in {@code --only} ({@link Product#CATALOGUE}, {@link
   * Product#INSERT}, {@link Product#STICKER}); its other files (a cover, a press sheet) come with
   * it.
   */
  Product key();

  /**
   * What messages call the publication, as in {@code while making the inserts}: {@code catalogue},
   * {@code inserts}, {@code stickers}.
   */
  String name();

  /**
   * The publication's files for the municipalities that {@code municipalities} accepts (by code); a
   * national publication ignores it. The {@link Pipeline} decides what is asked for.
   */
  List<BundleFile> publish(Registry registry, IntPredicate municipalities, Diagnostics diagnostics);
}
