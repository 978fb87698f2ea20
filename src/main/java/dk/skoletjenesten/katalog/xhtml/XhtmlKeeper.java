package dk.skoletjenesten.katalog.xhtml;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.bundle.BundleWriter;
import dk.skoletjenesten.katalog.bundle.OutFolder;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.pdf.RenderedXhtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code katalog build --keep-xhtml DIR}: the XHTML of every bundle file Flying Saucer rendered, as
 * it was laid out, written so that a browser opens and prints it: {@code catalogue.html} (the last
 * revision), {@code catalogue-tail.html} (its continuation), {@code catalogue-cover.html}, {@code
 * inserts/580-aabenraa.html}, {@code annual-report.html}..., named after the bundle path; beside
 * them the layouts' CSS in RGB ({@code layouts/}), the fonts with {@code fonts/fonts.css}, the data
 * images as they are in the data folder ({@code images/}), QR codes as SVG ({@code qr/}) and charts
 * as 300 dpi PNG ({@code charts/}). DIR is replaced as a whole, like OUT: it must be new, empty or
 * one katalog kept before ({@value #MARKER} in it).
 */
public final class XhtmlKeeper {
  /** The file that marks DIR as katalog's. */
  public static final String MARKER = ".katalog-xhtml";

  /** DIR for {@code --keep-xhtml}: katalog's if it holds the marker file. */
  public static final OutFolder.Kind KIND =
      new OutFolder.Kind(
          "--keep-xhtml",
          "DIR",
          "the kept XHTML",
          "no " + MARKER + " of kept XHTML",
          "XHTML katalog kept before",
          dir -> Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS));

  private final Path layoutsDir;
  private final Path fontsDir;
  private final Path dataDir;

  /**
   * A keeper for documents rendered from {@code layoutsDir}, {@code fontsDir} and {@code dataDir}.
   */
  public XhtmlKeeper(Path layoutsDir, Path fontsDir, Path dataDir) {
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
    this.dataDir = dataDir;
  }

  /**
   * Why {@code dir} cannot be written by a build of {@code dataDir} into {@code out}, in words for
   * the user; empty when it can. Besides {@link OutFolder}'s rules it must lie apart from OUT.
   */
  public static Optional<String> refusal(Path dir, Path dataDir, Path out) {
    Optional<String> refusal = OutFolder.refusal(dir, dataDir, KIND);
    if (refusal.isPresent()) {
      return refusal;
    }
    Path target = dir.toAbsolutePath().normalize();
    Path bundle = out.toAbsolutePath().normalize();
    if (target.startsWith(bundle) || bundle.startsWith(target)) {
      return Optional.of(
          "overlaps the output folder "
              + out
              + "; the build replaces OUT as a whole: choose a folder apart from it");
    }
    return Optional.empty();
  }

  /**
   * Writes the kept XHTML of {@code files} (those rendered from XHTML) to {@code dir}, replacing
   * what katalog kept there before; returns the number of documents. Check {@link #refusal} first.
   */
  public int write(Path dir, List<BundleFile> files) {
    Assets assets = new Assets(layoutsDir, dataDir.resolve("images"));
    BrowserDocument browser = new BrowserDocument(layoutsDir, assets);
    int documents = 0;
    for (BundleFile file : files) {
      if (file.xhtml().isEmpty()) {
        continue;
      }
      RenderedXhtml rendered = file.xhtml().get();
      String name = file.path().substring(0, file.path().length() - ".pdf".length());
      documents += put(assets, browser, name + ".html", rendered.main(), rendered);
      if (rendered.continuation().isPresent()) {
        documents +=
            put(assets, browser, name + "-tail.html", rendered.continuation().get(), rendered);
      }
    }
    putFonts(assets);
    String browserCss = browserCss(assets.runningSelectors());
    assets.put(BrowserDocument.BROWSER_CSS, () -> browserCss.getBytes(StandardCharsets.UTF_8));
    assets.put(MARKER, () -> "katalog build --keep-xhtml\n".getBytes(StandardCharsets.US_ASCII));
    replace(dir, assets);
    return documents;
  }

  private static int put(
      Assets assets, BrowserDocument browser, String path, String xhtml, RenderedXhtml rendered) {
    String html = browser.convert(xhtml, rendered, path);
    assets.put(path, () -> html.getBytes(StandardCharsets.UTF_8));
    return 1;
  }

  private void putFonts(Assets assets) {
    List<Path> fonts = PdfRenderer.fontFiles(fontsDir);
    String css = FontFaces.css(fonts);
    assets.put(BrowserDocument.FONTS_CSS, () -> css.getBytes(StandardCharsets.UTF_8));
    for (Path font : fonts) {
      assets.put("fonts/" + font.getFileName(), () -> Files.readAllBytes(font));
    }
  }

  /** What a browser needs besides the layouts' CSS to show the pages as Flying Saucer does. */
  private static String browserCss(Set<String> runningSelectors) {
    return "/* katalog build --keep-xhtml: for the browser only. */\n"
        + "/* Flying Saucer's bookmarks (the PDF outline), which are not page content. */\n"
        + "bookmarks, bookmark { display: none; }\n"
        + RunningElements.hidingRule(runningSelectors);
  }

  /**
   * Writes the assets to a new folder beside {@code dir}, then puts it in the place of {@code dir}
   * (an earlier one is moved aside and removed), so a failed write leaves {@code dir} as it was.
   */
  private static void replace(Path dir, Assets assets) {
    Path target = dir.toAbsolutePath().normalize();
    Path fresh = target.resolveSibling("." + target.getFileName() + ".new");
    Path old = target.resolveSibling("." + target.getFileName() + ".old");
    try {
      removeKept(fresh);
      removeKept(old);
      Files.createDirectories(fresh);
      assets.writeTo(fresh);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(target, old);
      }
      Files.move(fresh, target);
      removeKept(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the kept XHTML to " + dir, e);
    }
  }

  /** Removes {@code dir} if it is empty or one katalog kept (a leftover of an earlier write). */
  private static void removeKept(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        || !(KIND.madeByKatalog().test(dir) || isEmpty(dir))) {
      throw new IOException(dir + " is in the way and katalog did not make it");
    }
    BundleWriter.deleteTree(dir);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
