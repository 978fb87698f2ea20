package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.bench.BuildTimings;
import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.pipeline.BuildResult;
import dk.skoletjenesten.katalog.pipeline.Pipeline;
import dk.skoletjenesten.katalog.pipeline.Publisher;
import dk.skoletjenesten.katalog.pipeline.Selector;
import dk.skoletjenesten.katalog.xhtml.XhtmlKeeper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Makes every publication and writes the printer bundle.",
      "%nThe main job: validates the data folder, makes every publication and writes the PDFs "
          + "and manifest.json to the output folder. The output folder is replaced only when "
          + "everything succeeded; a refused or failed build leaves it as it was."
    })
final class BuildCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Function<BuildOptions, List<Publisher>> publishers;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "sample-data",
      description = "The data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "The output folder for the bundle (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--layouts",
      paramLabel = "DIR",
      description = "The layouts folder (default: ./layouts, else the one beside the jar).")
  Path layouts;

  @Option(
      names = "--only",
      paramLabel = "WHAT",
      split = ",",
      converter = SelectorConverter.class,
      description =
          "Make only these publications, for a quick proof: catalogue, insert, insert:CODE, "
              + "sticker, sticker:CODE, annual-report (repeatable or comma-separated). OUT then holds "
              + "just these.")
  List<Selector> only = List.of();

  @Option(
      names = "--crop-marks",
      description =
          "Add crop marks outside the bleed (also set by print.crop_marks in edition.json).")
  boolean cropMarks;

  @Option(
      names = "--since",
      paramLabel = "PREVIOUS_OUT",
      description =
          "Compare with an earlier bundle and write what changed to changes.html and changes.json"
              + " in OUT: data by id, changed pages side by side, moved pages (PREVIOUS_OUT may be"
              + " OUT itself).")
  Path since;

  @Option(
      names = "--fonts",
      paramLabel = "DIR",
      description = "The fonts folder (default: ./fonts, else the one beside the jar).")
  Path fonts;

  @Option(
      names = "--timings",
      paramLabel = "FILE",
      description =
          "After a build that published, write how long each stage took (read, layout, finishing,"
              + " preflight, proofs, write), the pages and the peak memory as JSON to FILE"
              + " (what katalog bench reads).")
  Path timings;

  @Option(
      names = "--keep-xhtml",
      paramLabel = "DIR",
      description =
          "Also keep the XHTML of every rendered document in DIR, as laid out, with its CSS (in"
              + " RGB), fonts, images, QR codes (SVG) and charts beside it, for a browser:"
              + " DIR/catalogue.html, DIR/inserts/CODE-NAME.html, ... Written only when the build"
              + " succeeds; DIR must be new, empty or kept before. The bundle is the same.")
  Path keepXhtml;

  BuildCommand(
      PrintWriter out, PrintWriter err, Function<BuildOptions, List<Publisher>> publishers) {
    this.out = out;
    this.err = err;
    this.publishers = publishers;
  }

  @Override
  public Integer call() {
    BuildOptions options =
        new BuildOptions(
            data,
            outDir,
            InstallFolder.resolve(layouts, "layouts"),
            InstallFolder.resolve(fonts, "fonts"),
            only,
            cropMarks);
    Pipeline pipeline =
        new Pipeline(
            publishers.apply(options),
            options.cropMarks(),
            options.only(),
            Optional.ofNullable(since),
            options.layouts(),
            options.fonts());
    if (System.console() != null) { // progress on a terminal only; quiet in scripts and logs
      pipeline =
          pipeline.reporting(
              line -> {
                err.println(line);
                err.flush();
              });
    }
    Optional<String> keepRefusal =
        Optional.ofNullable(keepXhtml).flatMap(k -> XhtmlKeeper.refusal(k, data, outDir));
    if (keepRefusal.isPresent()) {
      List<Diagnostic> refused =
          List.of(Diagnostic.error(keepXhtml.toString(), 0, "--keep-xhtml", keepRefusal.get()));
      DiagnosticPrinter.print(refused, err);
      err.println(
          data + ": " + DiagnosticPrinter.count(refused) + "; nothing was written to " + outDir);
      return ExitCode.REFUSED;
    }
    long start = System.nanoTime();
    BuildResult result = pipeline.build(options.data(), options.out());
    double seconds = (System.nanoTime() - start) / 1e9;
    DiagnosticPrinter.print(result.diagnostics(), err);
    if (!result.published()) {
      err.println(
          data
              + ": "
              + DiagnosticPrinter.count(result.diagnostics())
              + "; nothing was written to "
              + outDir);
      return ExitCode.REFUSED;
    }
    for (BundleFile file : result.files()) {
      out.printf(
          "  %-40s %-16s %4d pages %6d copies%n",
          file.path(), file.product().key(), file.pages(), file.copies());
    }
    out.printf(
        "Wrote %s with %s and manifest.json (%s)%n",
        outDir,
        DiagnosticPrinter.plural(result.files().size(), "file"),
        DiagnosticPrinter.count(result.diagnostics()));
    result.changes().ifPresent(summary -> out.println("Since " + since + ": " + summary));
    if (keepXhtml != null) {
      int kept = keepXhtml(options, result);
      if (kept != ExitCode.OK) {
        return kept;
      }
    }
    if (timings != null) {
      return writeTimings(BuildTimings.of(result, seconds));
    }
    return ExitCode.OK;
  }

  /**
   * Writes the kept XHTML after the bundle was published; a failure says that the bundle stands
   * (the CLI's internal-error message would say nothing was written).
   */
  private int keepXhtml(BuildOptions options, BuildResult result) {
    int kept;
    try {
      kept =
          new XhtmlKeeper(options.layouts(), options.fonts(), options.data())
              .write(keepXhtml, result.files());
    } catch (RuntimeException e) {
      err.println("katalog: internal error: cannot keep the XHTML in " + keepXhtml);
      for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
        err.println("  because: " + t.getMessage());
      }
      err.println("The bundle in " + outDir + " was written; " + keepXhtml + " is as it was.");
      return ExitCode.INTERNAL_ERROR;
    }
    out.printf(
        "Kept the XHTML of %s in %s%n", DiagnosticPrinter.plural(kept, "document"), keepXhtml);
    return ExitCode.OK;
  }

  private int writeTimings(BuildTimings measured) {
    try {
      Files.write(timings, measured.json());
      return ExitCode.OK;
    } catch (IOException e) {
      err.println(timings + ": error: --timings: cannot write the timings: " + e.getMessage());
      return ExitCode.REFUSED;
    }
  }
}
