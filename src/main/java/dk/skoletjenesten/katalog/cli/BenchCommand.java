package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.bench.Bench;
import dk.skoletjenesten.katalog.bench.Bench.Scenario;
import dk.skoletjenesten.katalog.bundle.BundleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times whole builds stage by stage and prints pages per second and peak memory.",
      "%nEach build is a new process started the way a user starts katalog (cold: JVM start, "
          + "class loading and JIT warm-up count), timed from outside, and reports its stages "
          + "(read, layout, finishing, preflight, proofs, write) and peak memory (--timings). "
          + "Scenarios: sample (the whole bundle), catalogue (--only catalogue), inserts (an "
          + "insert for every municipality with places; orders that do not fit are left out and "
          + "named), 4x and 6x (the catalogue of a registry with every place 4 or 6 times). "
          + "Ends with the goals of the benchmark, met or missed. The generated registries and "
          + "bundles live in a temporary folder that is removed afterwards."
    })
final class BenchCommand implements Callable<Integer> {
  private static final String MARK = "\"katalog_bench\"";

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
      defaultValue = "1",
      description = "Builds per scenario; the table shows the median (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--scenarios",
      paramLabel = "NAME",
      split = ",",
      defaultValue = "sample,catalogue,inserts,4x,6x",
      description = "Which scenarios, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> scenarios;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      defaultValue = "bench.json",
      description =
          "Where the figures go as JSON (default: ${DEFAULT-VALUE}); an existing file is replaced"
              + " only when an earlier bench wrote it.")
  Path json;

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
  public Integer call() throws IOException, InterruptedException {
    List<Scenario> chosen = new ArrayList<>();
    for (String name : scenarios) {
      try {
        chosen.add(Scenario.of(name.strip()));
      } catch (IllegalArgumentException e) {
        err.println("--scenarios: error: " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    if (Files.exists(json) && !Files.readString(json).contains(MARK)) {
      err.println(json + ": error: --json: the file exists and katalog bench did not write it");
      return ExitCode.REFUSED;
    }
    if (!Files.isDirectory(data)) {
      err.println(data + ": error: --data: expected a data folder");
      return ExitCode.REFUSED;
    }
    Path work = Files.createTempDirectory("katalog-bench-");
    try {
      Bench bench =
          new Bench(
              Launcher.katalog(),
              data.toAbsolutePath(),
              InstallFolder.resolve(layouts, "layouts").toAbsolutePath(),
              InstallFolder.resolve(fonts, "fonts").toAbsolutePath(),
              work,
              err);
      List<Bench.Result> results = new ArrayList<>();
      for (Scenario scenario : chosen) {
        results.add(bench.run(scenario, Math.max(1, runs)));
      }
      Bench.print(results, out);
      Files.write(json, Bench.json(results, machine()));
      out.println("Wrote " + json);
      return ExitCode.OK;
    } finally {
      BundleWriter.deleteTree(work);
    }
  }

  private static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return machine;
  }
}
