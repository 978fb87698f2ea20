package dk.skoletjenesten.katalog.pdf;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One PDF to render: an XHTML document whose relative links resolve against {@code baseDir}, the
 * page boxes to set, optionally a continuation: given the page count of the laid-out document, the
 * XHTML of the pages to append (padding, a back cover), or empty for none; and optionally a
 * revision: given the page (from 1) of every element id of the laid-out document, a revised XHTML
 * to lay out instead, or empty when the layout stands.
 */
public record PdfJob(
    String xhtml,
    Path baseDir,
    PageBoxes boxes,
    IntFunction<Optional<String>> continuation,
    Revision revision) {
  /** At most this many layouts of one document: the first and the revisions. */
  public static final int MAX_LAYOUTS = 3;

  public PdfJob {
    Objects.requireNonNull(xhtml, "xhtml");
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(boxes, "boxes");
    Objects.requireNonNull(continuation, "continuation");
    Objects.requireNonNull(revision, "revision");
  }

  public PdfJob(
      String xhtml, Path baseDir, PageBoxes boxes, IntFunction<Optional<String>> continuation) {
    this(xhtml, baseDir, boxes, continuation, pages -> Optional.empty());
  }

  public static PdfJob of(String xhtml, Path baseDir, PageBoxes boxes) {
    return new PdfJob(xhtml, baseDir, boxes, pages -> Optional.empty());
  }

  /** A document revised from where its layout put its elements. */
  @FunctionalInterface
  public interface Revision {
    /**
     * The XHTML to lay out instead, given the page (from 1) of each element id; empty when the
     * layout stands. Called again after each revision, up to {@link #MAX_LAYOUTS} layouts.
     */
    Optional<String> revise(Map<String, Integer> pageOfId);
  }
}
