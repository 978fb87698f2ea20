package dk.skoletjenesten.katalog.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a second Java process with the tests' class path, for what one JVM cannot
 * show: the same bytes from another process, a process killed at a chosen instant.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** How a child process ended: its exit code and what it printed (stdout and stderr). */
  public record Ended(int exitCode, String output) {}

  /**
   * Runs {@code main} with {@code args} and waits at most {@code minutes}; its output goes to
   * {@code log}.
   */
  public static Ended run(Class<?> main, Path log, long minutes, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process child =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!child.waitFor(minutes, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError(main.getSimpleName() + " did not end within " + minutes + " min");
    }
    return new Ended(child.exitValue(), Files.readString(log));
  }
}
