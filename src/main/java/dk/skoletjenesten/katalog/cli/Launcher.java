package dk.skoletjenesten.katalog.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the heavy commands ({@code build}, {@code diff}, {@code preflight}) in a second JVM with a
 * bounded heap, so that {@code java -jar katalog.jar build} holds about a gigabyte at most without
 * flags a user must know. The JVM's default heap is a quarter of the machine's memory (6 GB here),
 * and Java lets garbage fill it before it collects: the sample bundle took 1.9 GB resident that
 * way, and {@value #HEAP} of heap hold a 1,000-page catalogue (about 970 MB live at its peak; the
 * process then holds about 1.35 GB). A JVM started with a heap size of its own ({@code -Xmx},
 * {@code -XX:MaxHeapSize}, {@code -XX:MaxRAMPercentage}) runs the command itself, as does the
 * second JVM (system property {@value #WORKER}).
 */
final class Launcher {
  /** The heap of the JVM that runs a heavy command. */
  static final String HEAP = "1100m";

  /**
   * The serial collector: the least memory beside the heap, and the heap grows only as far as the
   * live data needs (G1 held 1.2x more and took more CPU time; measured on the sample catalogue).
   */
  static final String COLLECTOR = "-XX:+UseSerialGC";

  /** Set in the second JVM. */
  static final String WORKER = "katalog.worker";

  private static final Set<String> HEAVY = Set.of("build", "diff", "preflight");
  private static final List<String> HEAP_OPTIONS =
      List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAMPercentage", "-XX:MaxRAM");

  private Launcher() {}

  /**
   * The command line of the second JVM for {@code args}, or empty when this JVM runs the command
   * itself: a light command, a worker already, a heap chosen by whoever started this JVM, or no way
   * to find the java executable and class path.
   */
  static Optional<List<String>> worker(String[] args) {
    Optional<String> java = ProcessHandle.current().info().command();
    Optional<String> classPath = classPath();
    if (java.isEmpty() || classPath.isEmpty()) {
      return Optional.empty();
    }
    return worker(
        args,
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        System.getProperty(WORKER) != null,
        java.get(),
        classPath.get());
  }

  /**
   * As above, for a JVM started with {@code jvmOptions} as {@code java} with {@code classPath},
   * which is a worker already when {@code isWorker}.
   */
  static Optional<List<String>> worker(
      String[] args, List<String> jvmOptions, boolean isWorker, String java, String classPath) {
    if (isWorker || !heavy(args)) {
      return Optional.empty();
    }
    if (jvmOptions.stream().anyMatch(o -> HEAP_OPTIONS.stream().anyMatch(o::startsWith))) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + HEAP);
    command.add(COLLECTOR);
    command.add("-D" + WORKER + "=true");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * The command line that starts {@code katalog} the way a user does (this JVM's java and class
   * path, with the launcher), up to the command word: for {@code katalog bench}.
   */
  static List<String> katalog() {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath =
        classPath()
            .orElseThrow(() -> new IllegalStateException("cannot find katalog's class path"));
    return List.of(java, "-cp", classPath, Main.class.getName());
  }

  /**
   * Runs {@code command} with this process's standard streams (a terminal stays a terminal, so the
   * progress lines show) and returns its exit code; the second JVM is stopped when this one is.
   */
  static int run(List<String> command) throws IOException {
    Process worker = new ProcessBuilder(command).inheritIO().start();
    Thread stop = new Thread(worker::destroy, "katalog-stop-worker");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      return worker.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.destroy();
      return ExitCode.INTERNAL_ERROR;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  /** True when the first word that is not an option names a heavy command. */
  private static boolean heavy(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return HEAVY.contains(arg);
      }
    }
    return false;
  }

  /** The jar (or classes folder) this class came from, else the JVM's class path. */
  private static Optional<String> classPath() {
    try {
      var source = Main.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path location = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(location)) {
          return Optional.of(location.toString());
        }
      }
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      // fall back to the class path below
    }
    String classPath = System.getProperty("java.class.path", "");
    return classPath.isEmpty() ? Optional.empty() : Optional.of(classPath);
  }
}
