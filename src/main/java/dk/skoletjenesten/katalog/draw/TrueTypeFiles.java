package dk.skoletjenesten.katalog.draw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** The TrueType files of {@code fonts/} that PDFBox drawing sets text in (charts, stickers). */
public final class TrueTypeFiles {
  private TrueTypeFiles() {}

  /** {@code file}, which must exist: a missing font is an error, never a fallback. */
  public static Path require(Path file, String neededBy) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("font " + file + " is missing; " + neededBy + " it");
    }
    return file;
  }

  /** The font's tables, for metrics and for embedding. */
  public static TrueTypeFont parse(Path file) {
    try {
      return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + file, e);
    }
  }
}
