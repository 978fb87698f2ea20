package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.Selector;
import java.nio.file.Path;
import java.util.List;

/** The options of {@code katalog build}, as parsed; {@code only} is empty for everything. */
public record BuildOptions(
    Path data, Path out, Path layouts, Path fonts, List<Selector> only, boolean cropMarks) {
  public BuildOptions {
    only = List.copyOf(only);
  }
}
