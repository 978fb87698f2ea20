package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates a data folder (the input contract in the README). All problems of the folder
 * are found in one pass; a {@link Registry} is returned only when there are no errors.
 */
public final class RegistryReader {
  private RegistryReader() {}

  /** The outcome of reading a data folder: the registry (when error-free) and all diagnostics. */
  public record Result(Optional<Registry> registry, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  public static Result read(Path dataDir) {
    Diagnostics out = new Diagnostics();
    if (!Files.isDirectory(dataDir)) {
      out.add(
          Diagnostic.error(
              dataDir.toString(), 0, null, "expected a data folder, got no such folder"));
      return new Result(Optional.empty(), out.sorted());
    }
    DataFolder folder = new DataFolder(dataDir, out);
    RegistryParts parts = RegistryParts.read(folder, out);
    new RegistryValidator(folder, out).validate(parts);
    Optional<Registry> registry =
        out.hasErrors()
            ? Optional.empty()
            : parts.edition().map(edition -> new Registry(dataDir, edition, parts));
    return new Result(registry, out.sorted());
  }
}
