package dk.skoletjenesten.katalog.proof;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Sha256;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders every page of the files once, at {@link #DPI} in RGB, cropped to the TrimBox, and makes
 * from that one raster the page's PNG, its signature and, where asked, the reader spreads. Runs on
 * {@code threads} threads that take jobs (a page, or a spread's pages) from one queue; each thread
 * loads each file it meets once (a PDDocument is not thread-safe) and closes it at the end.
 */
final class PageRenderer {
  static final float DPI = 60;

  private final List<BundleFile> files;
  private final List<Boolean> spreads;
  private final List<Job> jobs = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

  /**
   * {@code withSpreads.get(i)}: whether the reader spreads of {@code files.get(i)} are wanted; its
   * pages are then rendered a spread at a time.
   */
  PageRenderer(List<BundleFile> files, List<Boolean> withSpreads) {
    this.files = List.copyOf(files);
    this.spreads = List.copyOf(withSpreads);
    for (int f = 0; f < files.size(); f++) {
      int pages = files.get(f).pages();
      if (spreads.get(f)) {
        List<Spread> book = Spread.ofBook(pages);
        for (int s = 0; s < book.size(); s++) {
          jobs.add(new Job(f, book.get(s).pages(), s));
        }
      } else {
        for (int p = 1; p <= pages; p++) {
          jobs.add(new Job(f, List.of(p), -1));
        }
      }
    }
  }

  /** One task per thread; together they do every job. */
  List<Callable<List<Done>>> workers(int threads) {
    List<Callable<List<Done>>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(this::work);
    }
    return workers;
  }

  int jobCount() {
    return jobs.size();
  }

  private List<Done> work() throws IOException {
    Map<Integer, Loaded> loaded = new HashMap<>();
    List<Done> done = new ArrayList<>();
    try {
      for (int j = next.getAndIncrement(); j < jobs.size(); j = next.getAndIncrement()) {
        Job job = jobs.get(j);
        done.add(run(job, loaded.computeIfAbsent(job.file, this::load)));
      }
      return done;
    } finally {
      for (Loaded l : loaded.values()) {
        l.document.close();
      }
    }
  }

  private Loaded load(int file) {
    try {
      PDDocument document = Loader.loadPDF(files.get(file).content());
      if (document.getNumberOfPages() != files.get(file).pages()) {
        int found = document.getNumberOfPages();
        document.close();
        throw new IllegalStateException(
            files.get(file).path()
                + " says "
                + files.get(file).pages()
                + " pages, its PDF has "
                + found);
      }
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setSubsamplingAllowed(true);
      return new Loaded(document, renderer, new PageText(document));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + files.get(file).path() + " to proof it", e);
    }
  }

  private Done run(Job job, Loaded loaded) {
    List<ProofPage> pages = new ArrayList<>();
    List<BufferedImage> images = new ArrayList<>();
    for (int number : job.pages) {
      try {
        BufferedImage image = render(loaded, number - 1, pages);
        images.add(image);
      } catch (IOException | RuntimeException e) {
        throw new ProofException(
            "cannot proof page " + number + " of " + files.get(job.file).path(), e);
      }
    }
    Optional<byte[]> spread = job.spread < 0 ? Optional.empty() : Optional.of(spread(job, images));
    return new Done(job.file, pages, job.spread, spread);
  }

  private static BufferedImage render(Loaded loaded, int index, List<ProofPage> pages)
      throws IOException {
    String text = loaded.text.of(index);
    PDPage page = loaded.document.getPage(index);
    page.setCropBox(page.getTrimBox());
    BufferedImage image = loaded.renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
    Png.Encoded png = Png.encode(image);
    PageSignature signature = new PageSignature(png.pixelsSha256(), Sha256.hex(text));
    pages.add(new ProofPage(index + 1, image.getWidth(), image.getHeight(), png.png(), signature));
    return image;
  }

  private static byte[] spread(Job job, List<BufferedImage> images) {
    boolean firstAlone = job.pages.size() == 1 && job.pages.get(0) == 1;
    Optional<BufferedImage> left = firstAlone ? Optional.empty() : Optional.of(images.get(0));
    Optional<BufferedImage> right =
        firstAlone ? Optional.of(images.get(0)) : images.stream().skip(1).findFirst();
    return Png.encode(SpreadImage.compose(left, right)).png();
  }

  /** Pages {@code pages} (from 1) of file {@code file}; spread number {@code spread} or -1. */
  private record Job(int file, List<Integer> pages, int spread) {}

  /** A job's result: the pages' proofs and, for a spread job, the spread's PNG. */
  record Done(int file, List<ProofPage> pages, int spread, Optional<byte[]> spreadPng) {}

  private record Loaded(PDDocument document, PDFRenderer renderer, PageText text) {}
}
