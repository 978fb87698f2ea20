package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A copy of a fixture data folder that a test may break on purpose. */
final class Fixture {
  static final Path VALID_CSV = Path.of("src/test/resources/registry/valid-csv");
  static final Path VALID_JSON = Path.of("src/test/resources/registry/valid-json");

  private final Path dir;

  private Fixture(Path dir) {
    this.dir = dir;
  }

  static Fixture copy(Path source, Path target) {
    return new Fixture(TestFolders.copy(source, target));
  }

  /** The bytes of an image of the valid fixture, e.g. {@code artikel.jpg}: a whole, small file. */
  static byte[] imageBytes(String name) {
    try {
      return Files.readAllBytes(VALID_CSV.resolve("images").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return dir;
  }

  /** Replaces the one occurrence of {@code find} in a file; fails when it is not there once. */
  Fixture replace(String file, String find, String replacement) {
    String text = read(file);
    int at = text.indexOf(find);
    if (at < 0 || text.indexOf(find, at + 1) >= 0) {
      throw new IllegalArgumentException(file + " must contain " + find + " exactly once");
    }
    return write(file, text.substring(0, at) + replacement + text.substring(at + find.length()));
  }

  Fixture write(String file, String text) {
    return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
  }

  Fixture writeBytes(String file, byte[] bytes) {
    try {
      Files.createDirectories(dir.resolve(file).getParent());
      Files.write(dir.resolve(file), bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Fixture delete(String file) {
    try {
      Files.delete(dir.resolve(file));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String file) {
    try {
      return Files.readString(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RegistryReader.Result read() {
    return RegistryReader.read(dir);
  }

  /**
   * The diagnostics as printed, with the folder's path left out: {@code offers.csv:3: error: ...}.
   */
  List<String> messages() {
    String prefix = dir + "/";
    return read().diagnostics().stream()
        .map(Diagnostic::toString)
        .map(s -> s.replace(prefix, ""))
        .toList();
  }

  List<String> errors() {
    return messages().stream().filter(m -> m.contains(": error: ")).toList();
  }
}
