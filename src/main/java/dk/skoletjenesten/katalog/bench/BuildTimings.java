package dk.skoletjenesten.katalog.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.pipeline.BuildResult;
import dk.skoletjenesten.katalog.pipeline.StageTimes.Stage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What {@code katalog build --timings FILE} writes: the build's wall time since the JVM started and
 * since the build began, each stage's seconds, the pages made and the most memory the process held
 * (VmHWM, Linux). {@code katalog bench} reads it back from each build it runs.
 */
public record BuildTimings(
    double processSeconds,
    double buildSeconds,
    Map<String, Double> stageSeconds,
    int files,
    int pages,
    int printPages,
    long peakResidentMb,
    long maxHeapMb) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The timings of {@code result}, a build that began {@code buildSeconds} ago, in this JVM. */
  public static BuildTimings of(BuildResult result, double buildSeconds) {
    Map<String, Double> stages = new LinkedHashMap<>();
    result.stages().seconds().forEach((stage, seconds) -> stages.put(stage.key(), seconds));
    List<BundleFile> files = result.files();
    return new BuildTimings(
        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3,
        buildSeconds,
        stages,
        files.size(),
        files.stream().mapToInt(BundleFile::pages).sum(),
        files.stream().filter(f -> !f.product().forScreen()).mapToInt(BundleFile::pages).sum(),
        processPeakMb().orElse(-1),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** The seconds of {@code stage}. */
  public double seconds(Stage stage) {
    return stageSeconds.getOrDefault(stage.key(), 0.0);
  }

  public byte[] json() {
    try {
      return JSON.writeValueAsBytes(asMap());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the timings as JSON", e);
    }
  }

  /** The figures as {@link #json} writes them, in order. */
  Map<String, Object> asMap() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("process_s", round(processSeconds));
    json.put("build_s", round(buildSeconds));
    Map<String, Double> stages = new LinkedHashMap<>();
    stageSeconds.forEach((stage, s) -> stages.put(stage, round(s)));
    json.put("stages_s", stages);
    json.put("files", files);
    json.put("pages", pages);
    json.put("print_pages", printPages);
    json.put("peak_resident_mb", peakResidentMb);
    json.put("max_heap_mb", maxHeapMb);
    return json;
  }

  /** The timings {@link #json} wrote to {@code file}. */
  @SuppressWarnings("unchecked")
  public static BuildTimings read(Path file) throws IOException {
    Map<String, Object> json = JSON.readValue(file.toFile(), Map.class);
    Map<String, Double> stages = new LinkedHashMap<>();
    ((Map<String, Number>) json.get("stages_s"))
        .forEach((stage, s) -> stages.put(stage, s.doubleValue()));
    return new BuildTimings(
        ((Number) json.get("process_s")).doubleValue(),
        ((Number) json.get("build_s")).doubleValue(),
        stages,
        ((Number) json.get("files")).intValue(),
        ((Number) json.get("pages")).intValue(),
        ((Number) json.get("print_pages")).intValue(),
        ((Number) json.get("peak_resident_mb")).longValue(),
        ((Number) json.get("max_heap_mb")).longValue());
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }

  /** VmHWM from /proc (Linux): the most memory this process ever held, in MB. */
  public static OptionalLong processPeakMb() {
    return statusMb(Path.of("/proc/self/status"));
  }

  /** VmHWM of a {@code /proc/PID/status} file, in MB; empty when unreadable. */
  static OptionalLong statusMb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) >> 10);
        }
      }
      return OptionalLong.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
