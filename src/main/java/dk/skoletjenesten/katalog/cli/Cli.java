package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.Publications;
import dk.skoletjenesten.katalog.pipeline.Publisher;
import dk.skoletjenesten.katalog.registry.TextCheck;
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
    int code;
    try {
      code = line.execute(args);
    } catch (OutOfMemoryError e) {
      code = internalError(new IllegalStateException(words(e), e), line, null);
    }
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

  /**
   * Says in words what failed and why (the messages of the exception and its causes); the Java
   * classes only with {@code --verbose}, for a bug report.
   */
  private int internalError(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
    boolean verbose = verbose(parsed);
    err.println("katalog: internal error: " + words(e));
    for (Throwable cause = e.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      err.println("  because: " + words(cause));
    }
    if (verbose) {
      for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
        StackTraceElement[] frames = t.getStackTrace();
        err.println(
            "  (" + t.getClass().getName() + (frames.length > 0 ? " at " + frames[0] : "") + ")");
      }
    } else {
      err.println("  (run again with --verbose for the details of a bug report)");
    }
    if (outOfMemory(e)) {
      err.println(
          "The heap ("
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MB) is too small for this data: give the JVM more, e.g. java -Xmx4g -jar"
              + " katalog.jar ...");
    }
    err.println(
        "This is a fault in katalog or the machine, not in the data. Nothing was written to the output folder.");
    return ExitCode.INTERNAL_ERROR;
  }

  private static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** A throwable's message, or what kind of fault it is when it has none. */
  private static String words(Throwable t) {
    String message = t.getMessage();
    if (message != null && !message.isBlank()) {
      return TextCheck.escaped(message);
    }
    if (t instanceof OutOfMemoryError) {
      return "the program ran out of memory";
    }
    if (t instanceof NullPointerException) {
      return "a value the program expected was missing";
    }
    if (t instanceof StackOverflowError) {
      return "the program went too deep (nested too far)";
    }
    return "an unexpected fault with no message";
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
