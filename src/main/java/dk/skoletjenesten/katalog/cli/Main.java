package dk.skoletjenesten.katalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The {@code katalog} command. The only place that calls {@code System.exit}. A heavy command runs
 * in a second JVM with a bounded heap ({@link Launcher}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Optional<List<String>> worker = Launcher.worker(args);
    if (worker.isPresent()) {
      try {
        System.exit(Launcher.run(worker.get()));
      } catch (IOException e) {
        // no second JVM: this one runs the command, with its own heap
      }
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(Cli.standard(out, err).run(args));
  }
}
