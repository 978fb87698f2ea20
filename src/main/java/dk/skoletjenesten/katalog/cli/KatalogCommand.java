package dk.skoletjenesten.katalog.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
    name = "katalog",
    mixinStandardHelpOptions = true,
    version = "katalog 0.1.0",
    description = {
      "Makes Skoletjenesten's print publications from the registry: the national catalogue, "
          + "municipality inserts and cover stickers, and the annual report, as a printer bundle."
    },
    subcommands = {
      ValidateCommand.class,
      BuildCommand.class,
      DiffCommand.class,
      PreflightCommand.class,
      BenchCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  refused: the data or a produced file has errors (printed); nothing written",
      "  2  usage: unknown command or option",
      "  3  internal error: a fault in katalog or the machine"
    })
final class KatalogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description =
          "On an internal error, also print the Java exception classes (for a bug report).")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
