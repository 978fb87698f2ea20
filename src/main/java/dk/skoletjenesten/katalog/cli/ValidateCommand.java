package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a data folder and prints every problem and a summary.",
      "%nEach problem names the file, the line or JSON path, the field and what was expected. "
          + "Writes nothing."
    })
final class ValidateCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "sample-data",
      description = "The data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  ValidateCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    RegistryReader.Result result = RegistryReader.read(data);
    DiagnosticPrinter.print(result.diagnostics(), err);
    out.println(data + ": " + DiagnosticPrinter.count(result.diagnostics()));
    result.registry().ifPresent(registry -> RegistrySummary.print(registry, out));
    return result.hasErrors() ? ExitCode.REFUSED : ExitCode.OK;
  }
}
