package dk.skoletjenesten.katalog.pdf;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One PDF to render: an XHTML document whose relative links resolve against {@code baseDir}, the
 * page boxes to set, and optionally a continuation: given the page count of the laid-out document,
 * the XHTML of the pages to append (padding, a back cover), or empty for none.
 */
public record PdfJob(
    String xhtml, Path baseDir, PageBoxes boxes, IntFunction<Optional<String>> continuation) {
  public PdfJob {
    Objects.requireNonNull(xhtml, "xhtml");
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(boxes, "boxes");
    Objects.requireNonNull(continuation, "continuation");
  }

  public static PdfJob of(String xhtml, Path baseDir, PageBoxes boxes) {
    return new PdfJob(xhtml, baseDir, boxes, pages -> Optional.empty());
  }
}
