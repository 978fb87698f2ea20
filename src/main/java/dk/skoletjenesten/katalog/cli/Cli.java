package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.Publications;
import dk.skoletjenesten.katalog.pipeline.Publisher;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Parses the command line and runs one command; returns the exit code. Output and error writers are
 * passed in so tests drive the CLI without touching {@code System.out}.
 */
public final class Cli {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Function<BuildOptions, List<Publisher>> publishers;

  public Cli(PrintWriter out, PrintWriter err, Function<BuildOptions, List<Publisher>> publishers) {
    this.out = out;
    this.err = err;
    this.publishers = publishers;
  }

  /** The CLI with the real publications. */
  public static Cli standard(PrintWriter out, PrintWriter err) {
    return new Cli(out, err, options -> Publications.all(options.layouts(), options.fonts()));
  }

  public int run(String... args) {
    CommandLine line = new CommandLine(new KatalogCommand(), new Factory());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler(this::internalError);
    line.setParameterExceptionHandler(this::usageError);
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private int usageError(CommandLine.ParameterException e, String[] args) {
    err.println(
        "katalog: "
            + (e.getCause() instanceof UsageProblem problem
                ? problem.getMessage()
                : e.getMessage()));
    err.println(
        "Try '"
            + e.getCommandLine().getCommandSpec().qualifiedName()
            + " --help' for more information.");
    return ExitCode.USAGE;
  }

  private int internalError(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
    err.println("katalog: internal error: " + e.getMessage());
    for (Throwable cause = e.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      err.println("  caused by: " + cause);
    }
    err.println(
        "This is a fault in katalog or the machine, not in the data. Nothing was written to the output folder.");
    return ExitCode.INTERNAL_ERROR;
  }

  /** Gives the commands their writers and publishers. */
  private final class Factory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(out, err));
      }
      if (type == PreflightCommand.class) {
        return type.cast(new PreflightCommand(out));
      }
      if (type == BenchCommand.class) {
        return type.cast(new BenchCommand(out, err));
      }
      if (type == DiffCommand.class) {
        return type.cast(new DiffCommand(out, err));
      }
      if (type == BuildCommand.class) {
        return type.cast(new BuildCommand(out, err, publishers));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
