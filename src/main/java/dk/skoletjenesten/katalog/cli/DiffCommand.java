package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.changes.BundleComparison;
import dk.skoletjenesten.katalog.changes.Changes;
import dk.skoletjenesten.katalog.changes.ChangesWriter;
import dk.skoletjenesten.katalog.changes.ComparisonProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two bundles and writes changes.html and changes.json: what changed since the "
          + "last proof.",
      "%nReads only the two output folders (manifest.json, registry.json, proofs/, the PDFs): the "
          + "data changes by id and field, the changed pages of each publication with old and new "
          + "side by side, and pages that only moved. Never writes into a bundle, and never over a "
          + "file katalog did not write."
    })
final class DiffCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Parameters(index = "0", paramLabel = "OLD_OUT", description = "The earlier bundle.")
  Path oldOut;

  @Parameters(index = "1", paramLabel = "NEW_OUT", description = "The later bundle.")
  Path newOut;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write changes.html, changes.json and changes/ (default: NEW_OUT-changes "
              + "beside NEW_OUT).")
  Path outDir;

  DiffCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    Path dir = outDir != null ? outDir : defaultOut(newOut);
    try {
      refuseInside(dir, oldOut);
      refuseInside(dir, newOut);
      Changes changes = BundleComparison.compare(oldOut, newOut);
      ChangesWriter.write(changes, dir);
      out.println(oldOut + " -> " + newOut + ": " + changes.summary());
      out.printf(
          "Wrote %s and %s to %s (%s)%n",
          Changes.HTML_FILE,
          Changes.JSON_FILE,
          dir,
          DiagnosticPrinter.plural(changes.images().size(), "side-by-side image"));
      return ExitCode.OK;
    } catch (ComparisonProblem e) {
      err.println("katalog diff: " + e.getMessage());
      return ExitCode.REFUSED;
    }
  }

  /** {@code NEW_OUT-changes} beside {@code NEW_OUT}. */
  static Path defaultOut(Path newOut) {
    Path bundle = newOut.toAbsolutePath().normalize();
    Path name = bundle.getFileName();
    return bundle.resolveSibling((name == null ? "out" : name.toString()) + "-changes");
  }

  private static void refuseInside(Path dir, Path bundle) {
    Path target = dir.toAbsolutePath().normalize();
    Path folder = bundle.toAbsolutePath().normalize();
    if (target.startsWith(folder)) {
      throw new ComparisonProblem(
          dir + ": is inside the bundle " + bundle + "; write the changes beside it with --out");
    }
  }
}
