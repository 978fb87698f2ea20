package dk.skoletjenesten.katalog.pdf;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The XHTML of a rendered PDF as Flying Saucer laid it out: the main document (its last revision),
 * the continuation appended to it when there is one, the folder their relative links resolve
 * against, and the one-page PDF of every chart ({@code chart:ID}) they drew, by id. For looking at
 * the pages in a browser ({@code katalog build --keep-xhtml}); the PDF does not depend on it.
 */
public record RenderedXhtml(
    String main, Optional<String> continuation, Path baseDir, Map<String, byte[]> charts) {
  public RenderedXhtml {
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(continuation, "continuation");
    Objects.requireNonNull(baseDir, "baseDir");
    charts = Map.copyOf(new TreeMap<>(charts));
  }
}
