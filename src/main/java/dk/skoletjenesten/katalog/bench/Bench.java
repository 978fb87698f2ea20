package dk.skoletjenesten.katalog.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.skoletjenesten.katalog.pipeline.StageTimes.Stage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of {@code katalog bench}: whole {@code katalog build} processes, cold, started the
 * way a user starts them, on the data folder and on registries made from it ({@link
 * BenchRegistries}), each timed from outside (wall) and from inside, stage by stage ({@link
 * BuildTimings}), with the peak memory of both JVMs (the launcher and the worker it starts).
 */
public final class Bench {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern UNFIT =
      Pattern.compile(
          "^(.*orders/inserts/[^:/]+\\.json): \\$\\.include: error: .*$", Pattern.MULTILINE);

  /** What the benchmark builds. */
  public enum Scenario {
    /** The whole bundle of the data folder. */
    SAMPLE("sample", "the whole bundle of the data folder"),
    /** The catalogue of the data folder alone ({@code --only catalogue}). */
    CATALOGUE("catalogue", "the catalogue alone (--only catalogue)"),
    /** An insert for every municipality with places ({@code --only insert}). */
    INSERTS("inserts", "an insert for every municipality with places (--only insert)"),
    /** The catalogue of a registry with every place 4 times. */
    FOUR_TIMES("4x", "the catalogue of the registry with every place 4 times"),
    /** The catalogue of a registry with every place 6 times: over 1,000 pages. */
    SIX_TIMES("6x", "the catalogue of the registry with every place 6 times (over 1,000 pages)");

    private final String key;
    private final String description;

    Scenario(String key, String description) {
      this.key = key;
      this.description = description;
    }

    public String key() {
      return key;
    }

    public String description() {
      return description;
    }

    /** The scenario called {@code key}. */
    public static Scenario of(String key) {
      return Arrays.stream(values())
          .filter(s -> s.key.equals(key))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "no scenario "
                          + key
                          + "; expected one of "
                          + String.join(
                              ", ", Arrays.stream(values()).map(Scenario::key).toList())));
    }
  }

  /** One build process: its wall time from outside and what it said about itself. */
  public record Run(double wallSeconds, BuildTimings timings, long launcherPeakMb) {
    /** Both JVMs' peaks added: what the build held at most. */
    public long peakMb() {
      return timings.peakResidentMb() + Math.max(0, launcherPeakMb);
    }
  }

  /** The runs of a scenario and the orders left out because they did not fit. */
  public record Result(Scenario scenario, List<Run> runs, List<String> leftOut) {
    /** The run with the median wall time. */
    public Run median() {
      List<Run> sorted =
          runs.stream().sorted(Comparator.comparingDouble(Run::wallSeconds)).toList();
      return sorted.get(sorted.size() / 2);
    }
  }

  private final List<String> katalog;
  private final Path data;
  private final Path layouts;
  private final Path fonts;
  private final Path work;
  private final PrintWriter log;

  /**
   * A benchmark that starts {@code katalog} (the command line of a JVM, up to the command word) on
   * {@code data} with {@code layouts} and {@code fonts}, making its registries and bundles in
   * {@code work}, and says what it does on {@code log}.
   */
  public Bench(
      List<String> katalog, Path data, Path layouts, Path fonts, Path work, PrintWriter log) {
    this.katalog = List.copyOf(katalog);
    this.data = data;
    this.layouts = layouts;
    this.fonts = fonts;
    this.work = work;
    this.log = log;
  }

  /** Runs {@code scenario} {@code runs} times. */
  public Result run(Scenario scenario, int runs) throws IOException, InterruptedException {
    Path registry = registry(scenario);
    List<String> leftOut = new ArrayList<>();
    List<Run> done = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      log.printf("  %s %d/%d ...%n", scenario.key(), i, runs);
      log.flush();
      done.add(build(scenario, registry, leftOut));
    }
    return new Result(scenario, done, leftOut);
  }

  private Path registry(Scenario scenario) {
    Path folder = work.resolve("data-" + scenario.key());
    if (Files.exists(folder)) {
      return folder;
    }
    switch (scenario) {
      case SAMPLE, CATALOGUE -> {
        return data;
      }
      case INSERTS -> BenchRegistries.everyInsert(data, folder);
      case FOUR_TIMES -> BenchRegistries.scaled(data, folder, 4);
      case SIX_TIMES -> BenchRegistries.scaled(data, folder, 6);
    }
    return folder;
  }

  /**
   * One cold build process; an insert order the build refuses because its selection does not fit is
   * left out (and named in {@code leftOut}) and the build run again.
   */
  private Run build(Scenario scenario, Path registry, List<String> leftOut)
      throws IOException, InterruptedException {
    Path out = work.resolve("out-" + scenario.key());
    Path timings = work.resolve("timings-" + scenario.key() + ".json");
    Path errors = work.resolve("stderr-" + scenario.key() + ".txt");
    List<String> command = new ArrayList<>(katalog);
    command.addAll(
        List.of(
            "build",
            "--data",
            registry.toString(),
            "--out",
            out.toString(),
            "--layouts",
            layouts.toString(),
            "--fonts",
            fonts.toString(),
            "--timings",
            timings.toString()));
    switch (scenario) {
      case CATALOGUE, FOUR_TIMES, SIX_TIMES -> command.addAll(List.of("--only", "catalogue"));
      case INSERTS -> command.addAll(List.of("--only", "insert"));
      case SAMPLE -> {}
    }
    while (true) {
      Files.deleteIfExists(timings);
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(errors.toFile())
              .start();
      long launcherPeak = watch(process);
      double wall = (System.nanoTime() - start) / 1e9;
      if (process.exitValue() == 0) {
        return new Run(wall, BuildTimings.read(timings), launcherPeak);
      }
      String said = Files.readString(errors);
      List<String> unfit = unfit(said);
      if (scenario != Scenario.INSERTS || unfit.isEmpty()) {
        throw new IllegalStateException(
            "the build of "
                + scenario.key()
                + " failed (exit "
                + process.exitValue()
                + "):\n"
                + said);
      }
      for (String order : unfit) {
        Files.delete(Path.of(order));
        leftOut.add(Path.of(order).getFileName().toString());
        log.printf("    left out %s: its selection does not fit its pages%n", order);
      }
    }
  }

  /** The insert orders a refused build names as not fitting their pages. */
  static List<String> unfit(String stderr) {
    List<String> orders = new ArrayList<>();
    Matcher m = UNFIT.matcher(stderr);
    while (m.find()) {
      orders.add(m.group(1));
    }
    return orders.stream().distinct().toList();
  }

  /**
   * Waits for {@code process}, reading its peak memory (VmHWM) every 100 ms while it runs: the
   * launcher's, which the worker it starts does not count; -1 where /proc cannot tell.
   */
  private static long watch(Process process) throws InterruptedException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    long peak = -1;
    while (process.isAlive()) {
      OptionalLong mb = BuildTimings.statusMb(status);
      if (mb.isPresent()) {
        peak = Math.max(peak, mb.getAsLong());
      }
      process.waitFor(100, TimeUnit.MILLISECONDS);
    }
    return peak;
  }

  /** The results as a table, one row per scenario (medians), and the goals. */
  public static void print(List<Result> results, PrintWriter out) {
    out.printf(
        "%-10s %5s %7s %6s %7s %7s %7s %7s %7s %7s %8s %8s%n",
        "", "runs", "pages", "wall", "read", "layout", "finish", "preflt", "proofs", "write",
        "pages/s", "peak MB");
    for (Result r : results) {
      Run m = r.median();
      BuildTimings t = m.timings();
      out.printf(
          Locale.ROOT,
          "%-10s %5d %7d %6.1f %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f %8.1f %8d%n",
          r.scenario().key(),
          r.runs().size(),
          t.printPages(),
          m.wallSeconds(),
          t.seconds(Stage.READ),
          t.seconds(Stage.LAYOUT),
          t.seconds(Stage.FINISHING),
          t.seconds(Stage.PREFLIGHT),
          t.seconds(Stage.PROOFS),
          t.seconds(Stage.WRITE),
          t.printPages() / m.wallSeconds(),
          m.peakMb());
      if (!r.leftOut().isEmpty()) {
        out.printf("%-10s left out (do not fit): %s%n", "", String.join(", ", r.leftOut()));
      }
    }
    out.println(
        "Stage seconds are summed over threads (finishing and preflight run on both cores).");
    goals(results).forEach(out::println);
  }

  /** The goals of the benchmark the results can say something about, met or missed. */
  static List<String> goals(List<Result> results) {
    Map<Scenario, Run> median = new LinkedHashMap<>();
    results.forEach(r -> median.put(r.scenario(), r.median()));
    List<String> lines = new ArrayList<>();
    if (median.containsKey(Scenario.INSERTS)) {
      Run r = median.get(Scenario.INSERTS);
      lines.add(goal(r.wallSeconds() <= 20, "inserts in one run <= 20 s", r.wallSeconds(), "s"));
    }
    if (median.containsKey(Scenario.SAMPLE)) {
      Run r = median.get(Scenario.SAMPLE);
      lines.add(goal(r.peakMb() <= 1024, "sample bundle peak <= 1 GB", r.peakMb(), "MB"));
    }
    for (Scenario big : List.of(Scenario.FOUR_TIMES, Scenario.SIX_TIMES)) {
      Run r = median.get(big);
      if (r != null && r.timings().printPages() >= 1000) {
        lines.add(
            goal(r.peakMb() <= 1536, "1,000-page catalogue peak <= 1.5 GB", r.peakMb(), "MB"));
      }
    }
    if (median.containsKey(Scenario.CATALOGUE) && median.containsKey(Scenario.FOUR_TIMES)) {
      double ratio =
          median.get(Scenario.FOUR_TIMES).wallSeconds()
              / median.get(Scenario.CATALOGUE).wallSeconds();
      lines.add(goal(ratio <= 4.5, "4x registry <= 4.5x the catalogue's time", ratio, "x"));
    }
    return lines;
  }

  private static String goal(boolean met, String what, double value, String unit) {
    return String.format(
        Locale.ROOT,
        "goal %-41s %s (" + (unit.equals("MB") ? "%.0f" : "%.1f") + " %s)",
        what,
        met ? "met" : "MISSED",
        value,
        unit);
  }

  /** The results as JSON: per scenario every run's wall time, stages, pages and memory. */
  public static byte[] json(List<Result> results, Map<String, Object> machine) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("katalog_bench", 1);
    json.put("machine", machine);
    Map<String, Object> scenarios = new LinkedHashMap<>();
    for (Result r : results) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("description", r.scenario().description());
      s.put("median_wall_s", r.median().wallSeconds());
      s.put("left_out", r.leftOut());
      List<Object> runs = new ArrayList<>();
      for (Run run : r.runs()) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("wall_s", Math.round(run.wallSeconds() * 1000) / 1000.0);
        one.put("pages_per_s", run.timings().printPages() / run.wallSeconds());
        one.put("peak_mb", run.peakMb());
        one.put("launcher_peak_mb", run.launcherPeakMb());
        one.put("build", run.timings().asMap());
        runs.add(one);
      }
      s.put("runs", runs);
      scenarios.put(r.scenario().key(), s);
    }
    json.put("scenarios", scenarios);
    json.put("goals", goals(results));
    try {
      return JSON.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the bench results as JSON", e);
    }
  }
}
