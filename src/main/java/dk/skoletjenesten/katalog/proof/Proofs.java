package dk.skoletjenesten.katalog.proof;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.print.Product;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The proofs of a bundle, for staff who check it without a PDF viewer. For every publication (every
 * file but a sticker's press sheet), under {@code proofs/<bundle path without .pdf>/}:
 *
 * <ul>
 *   <li>{@code pNNN.png}: each page at 60 dpi, RGB, cropped to the TrimBox (what the reader gets:
 *       no bleed, no marks). The catalogue's cover is one wide page (back, spine, front), as the
 *       printer gets it;
 *   <li>{@code contact-sheet.pdf} and {@code contact-sheet-NN.png}: the spreads on A3 sheets;
 *   <li>for the catalogue, {@code spreads/sNNN.png}: the book spread by spread.
 * </ul>
 *
 * and a {@link PageSignature} per page. Every page is rendered once, on all cores; the output is
 * the same bytes for the same files and revision.
 */
public final class Proofs {
  private Proofs() {}

  /**
   * The proofs of {@code files} (those {@link #proofed} takes; the others are left out), dated
   * {@code revision} (the edition's date), with the fonts of {@code fontsDir}.
   */
  public static ProofSet of(List<BundleFile> files, LocalDate revision, Path fontsDir) {
    List<BundleFile> publications =
        files.stream()
            .filter(f -> proofed(f.product()))
            .sorted(Comparator.comparing(BundleFile::path))
            .toList();
    if (publications.isEmpty()) {
      return ProofSet.of(Map.of(), Map.of());
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<List<ProofPage>> pages = new ArrayList<>();
      Map<String, byte[]> out = new TreeMap<>();
      render(pool, threads, publications, pages, out);
      sheets(pool, publications, pages, revision, new ContactSheet(fontsDir), out);
      Map<String, List<PageSignature>> signatures = new TreeMap<>();
      for (int f = 0; f < publications.size(); f++) {
        signatures.put(
            publications.get(f).path(), pages.get(f).stream().map(ProofPage::signature).toList());
      }
      return ProofSet.of(out, signatures);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Whether a file of {@code product} is proofed: every publication, not a press sheet. */
  public static boolean proofed(Product product) {
    return product != Product.STICKER_SHEET;
  }

  /** Whether a file of {@code product} gets reader spreads. */
  static boolean withSpreads(Product product) {
    return product == Product.CATALOGUE;
  }

  private static void render(
      ExecutorService pool,
      int threads,
      List<BundleFile> files,
      List<List<ProofPage>> pages,
      Map<String, byte[]> out) {
    PageRenderer renderer =
        new PageRenderer(files, files.stream().map(f -> withSpreads(f.product())).toList());
    List<List<ProofPage>> byFile = new ArrayList<>();
    List<TreeMap<Integer, byte[]>> spreads = new ArrayList<>();
    files.forEach(
        f -> {
          byFile.add(new ArrayList<>());
          spreads.add(new TreeMap<>());
        });
    for (Future<List<PageRenderer.Done>> worker :
        invokeAll(pool, renderer.workers(Math.min(threads, renderer.jobCount())))) {
      for (PageRenderer.Done done : await(worker, "rendering the proofs")) {
        byFile.get(done.file()).addAll(done.pages());
        done.spreadPng().ifPresent(png -> spreads.get(done.file()).put(done.spread() + 1, png));
      }
    }
    for (int f = 0; f < files.size(); f++) {
      ProofNames names = ProofNames.of(files.get(f).path());
      List<ProofPage> sorted =
          byFile.get(f).stream().sorted(Comparator.comparingInt(ProofPage::number)).toList();
      sorted.forEach(p -> out.put(names.page(p.number(), sorted.size()), p.png()));
      int count = spreads.get(f).size();
      spreads.get(f).forEach((s, png) -> out.put(names.spread(s, count), png));
      pages.add(sorted);
    }
  }

  private static void sheets(
      ExecutorService pool,
      List<BundleFile> files,
      List<List<ProofPage>> pages,
      LocalDate revision,
      ContactSheet sheet,
      Map<String, byte[]> out) {
    List<Callable<byte[]>> pdfs = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      BundleFile file = files.get(f);
      List<ProofPage> filePages = pages.get(f);
      pdfs.add(() -> sheet.pdf(file, filePages, revision));
    }
    List<Future<byte[]>> madePdfs = invokeAll(pool, pdfs);
    List<Callable<byte[]>> pngs = new ArrayList<>();
    List<String> pngPaths = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      BundleFile file = files.get(f);
      List<ProofPage> filePages = pages.get(f);
      ProofNames names = ProofNames.of(file.path());
      int count = ContactSheet.sheets(file, filePages);
      for (int s = 0; s < count; s++) {
        int index = s;
        pngs.add(() -> sheet.png(file, filePages, revision, index));
        pngPaths.add(names.contactSheetPng(s + 1, count));
      }
    }
    for (int f = 0; f < files.size(); f++) {
      String doing = "making the contact sheet of " + files.get(f).path();
      out.put(ProofNames.of(files.get(f).path()).contactSheetPdf(), await(madePdfs.get(f), doing));
    }
    List<Future<byte[]>> madePngs = invokeAll(pool, pngs);
    for (int i = 0; i < pngPaths.size(); i++) {
      out.put(pngPaths.get(i), await(madePngs.get(i), "rendering " + pngPaths.get(i)));
    }
  }

  private static <T> List<Future<T>> invokeAll(ExecutorService pool, List<Callable<T>> tasks) {
    try {
      return pool.invokeAll(tasks);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProofException("interrupted while proofing", e);
    }
  }

  private static <T> T await(Future<T> future, String doing) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ProofException proof) {
        throw proof;
      }
      throw new ProofException("while " + doing, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProofException("interrupted while " + doing, e);
    }
  }
}
