package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.Only;
import java.nio.file.Path;

/** The options of {@code katalog build}, as parsed. */
public record BuildOptions(
    Path data, Path out, Path layouts, Path fonts, Only only, boolean cropMarks) {}
