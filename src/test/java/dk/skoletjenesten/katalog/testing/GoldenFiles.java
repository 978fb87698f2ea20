package dk.skoletjenesten.katalog.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Golden files: every folder {@code ROOT/NAME/} is a case, holding its input, a data folder {@code
 * data/} or a {@code data.txt} that names one, and the outputs it is expected to give, with the
 * file names a test asks for. Run with {@code -Dgolden.update=true} to rewrite the expected files
 * after a deliberate change of the templates.
 */
public final class GoldenFiles {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String DATA_DIR = "data";
  private static final String DATA_FILE = "data.txt";

  private GoldenFiles() {}

  /** The case folders under {@code root}, sorted by name. */
  public static List<Path> cases(Path root) {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the golden cases in " + root, e);
    }
  }

  /**
   * What does not pair up under {@code root}: no case at all, a file beside the cases, a case
   * without its input or without one of the {@code expected} files, or a file in a case that is
   * neither.
   */
  public static List<String> unpaired(Path root, Set<String> expected) {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> entries = Files.list(root)) {
      entries
          .filter(Files::isRegularFile)
          .forEach(file -> problems.add(file + ": a file beside the cases, not in one"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the golden cases in " + root, e);
    }
    if (cases(root).isEmpty()) {
      problems.add(root + ": no golden case");
    }
    for (Path dir : cases(root)) {
      problems.addAll(unpairedIn(dir, expected));
    }
    return problems;
  }

  private static List<String> unpairedIn(Path dir, Set<String> expected) {
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>(names(dir));
    if (!names.contains(DATA_FILE) && !Files.isDirectory(dir.resolve(DATA_DIR))) {
      problems.add(dir + ": no input, expected " + DATA_DIR + "/ or " + DATA_FILE);
    }
    expected.stream()
        .filter(name -> !names.contains(name))
        .sorted()
        .forEach(name -> problems.add(dir + ": no " + name));
    names.removeAll(expected);
    names.removeAll(Set.of(DATA_FILE, DATA_DIR));
    names.stream()
        .sorted()
        .forEach(name -> problems.add(dir + ": " + name + " is neither input nor expected"));
    return problems;
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the golden case " + dir, e);
    }
  }

  /** The data folder of the case {@code dir}. */
  public static Path data(Path dir) throws IOException {
    Path named = dir.resolve(DATA_FILE);
    return Files.exists(named) ? Path.of(Files.readString(named).strip()) : dir.resolve(DATA_DIR);
  }

  /** {@code actual} is the content of {@code expected} (which it replaces in update mode). */
  public static void assertMatches(Path expected, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected));
  }
}
