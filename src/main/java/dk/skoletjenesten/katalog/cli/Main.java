package dk.skoletjenesten.katalog.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code katalog} command. The only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(Cli.standard(out, err).run(args));
  }
}
