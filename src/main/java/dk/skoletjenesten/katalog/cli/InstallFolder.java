package dk.skoletjenesten.katalog.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the folders that ship with katalog (layouts, fonts): as given, else in the current folder,
 * else in the project folder the jar was built in ({@code target/..}).
 */
final class InstallFolder {
  private InstallFolder() {}

  static Path resolve(Path given, String name) {
    if (given != null) {
      return given;
    }
    Path local = Path.of(name);
    if (Files.isDirectory(local)) {
      return local;
    }
    try {
      Path jar =
          Path.of(InstallFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path beside = jar.getParent().getParent().resolve(name);
      return Files.isDirectory(beside) ? beside : local;
    } catch (URISyntaxException | RuntimeException e) {
      return local;
    }
  }
}
