package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.pipeline.Publications;
import dk.skoletjenesten.katalog.pipeline.Publisher;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times the catalogue build and prints pages per second and peak memory.",
      "%nThe first build is cold (this JVM is new: class loading and JIT warm-up count, and so does "
          + "the time since the JVM started); the following builds are warm. Each build reads the data "
          + "folder and lays out and renders the catalogue and its cover. Writes nothing."
    })
final class BenchCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "sample-data",
      description = "The data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "3",
      description = "Builds in this JVM, the first cold (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--layouts",
      paramLabel = "DIR",
      description = "The layouts folder (default: ./layouts, else the one beside the jar).")
  Path layouts;

  @Option(
      names = "--fonts",
      paramLabel = "DIR",
      description = "The fonts folder (default: ./fonts, else the one beside the jar).")
  Path fonts;

  BenchCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Publisher catalogue =
        Publications.catalogue(
            InstallFolder.resolve(layouts, "layouts"), InstallFolder.resolve(fonts, "fonts"));
    out.printf(
        "Catalogue build of %s on %d cores, max heap %d MB%n",
        data, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    for (int run = 1; run <= Math.max(1, runs); run++) {
      long start = System.nanoTime();
      RegistryReader.Result read = RegistryReader.read(data);
      if (read.registry().isEmpty()) {
        DiagnosticPrinter.print(read.diagnostics(), err);
        return ExitCode.REFUSED;
      }
      List<BundleFile> files =
          catalogue.publish(read.registry().get(), municipality -> true, new Diagnostics());
      double seconds = (System.nanoTime() - start) / 1e9;
      int pages = files.get(0).pages();
      String label = run == 1 ? "cold" : "warm";
      String sinceJvm =
          run == 1
              ? String.format(
                  ", %.2f s since the JVM started", (System.currentTimeMillis() - jvmStart) / 1e3)
              : "";
      out.printf(
          "  %-4s %d: %d pages in %.2f s, %.1f pages/s%s%n",
          label, run, pages, seconds, pages / seconds, sinceJvm);
    }
    out.printf("  peak heap used: %d MB; peak resident: %s%n", peakHeapMb(), peakResident());
    return ExitCode.OK;
  }

  private static long peakHeapMb() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum()
        >> 20;
  }

  /** VmHWM from /proc (Linux), the most memory the process ever held; "unknown" elsewhere. */
  private static String peakResident() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmHWM:"))
          .map(l -> (Long.parseLong(l.replaceAll("\\D", "")) >> 10) + " MB")
          .findFirst()
          .orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
