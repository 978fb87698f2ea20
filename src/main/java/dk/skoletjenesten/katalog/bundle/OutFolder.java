package dk.skoletjenesten.katalog.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What may become OUT. A build replaces OUT as a whole, so OUT must be a new or empty folder or a
 * bundle katalog wrote (it holds katalog's manifest.json), and never the data folder, a folder
 * inside it or one that holds it. Two builds into one OUT are kept apart by a lock file beside it.
 */
public final class OutFolder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutFolder() {}

  /** OUT, the bundle folder ({@code --out}): katalog's if it holds katalog's manifest.json. */
  public static final Kind BUNDLE =
      new Kind(
          "--out",
          "OUT",
          "the bundle",
          "no manifest.json of a bundle",
          "an earlier bundle",
          OutFolder::isBundle);

  /**
   * A folder that a build replaces as a whole: its option ({@code --out}), its name in messages
   * ({@code OUT}), what it holds ({@code the bundle}), the mark katalog leaves in it ({@code no
   * manifest.json of a bundle} says it is missing), what an earlier one is called, and whether a
   * folder carries that mark.
   */
  public record Kind(
      String option,
      String name,
      String contents,
      String missingMark,
      String earlier,
      Predicate<Path> madeByKatalog) {}

  /**
   * Why {@code out} cannot be written by a build of {@code dataDir}, in words for the user; empty
   * when it can.
   */
  public static Optional<String> refusal(Path out, Path dataDir) {
    return refusal(out, dataDir, BUNDLE);
  }

  /**
   * Why {@code dir}, a folder of {@code kind}, cannot be written by a build of {@code dataDir}, in
   * words for the user; empty when it can: it must be new, empty or one katalog made, and never the
   * data folder, a folder inside it or one that holds it.
   */
  public static Optional<String> refusal(Path dir, Path dataDir, Kind kind) {
    Path target = real(dir);
    Path data = real(dataDir);
    String replaces = "a build replaces " + kind.name() + " as a whole";
    String another = "choose another " + kind.option();
    if (target.equals(data)) {
      return Optional.of("is the data folder; " + replaces + ": " + another);
    }
    if (target.startsWith(data)) {
      return Optional.of(
          "is inside the data folder "
              + dataDir
              + "; "
              + kind.contents()
              + " would become part of the data: choose a folder outside it");
    }
    if (data.startsWith(target)) {
      return Optional.of(
          "holds the data folder "
              + dataDir
              + "; "
              + replaces
              + " and would remove the data: "
              + another);
    }
    if (Files.isSymbolicLink(dir)) {
      return Optional.of(
          "is a symbolic link; "
              + replaces
              + " and would replace the link: give the folder itself");
    }
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(
          "is a file, not a folder; a build writes a folder of files there: " + another);
    }
    if (!isEmpty(dir) && !kind.madeByKatalog().test(dir)) {
      return Optional.of(
          "is a folder katalog did not make (it holds "
              + kind.missingMark()
              + "); "
              + replaces
              + ", so it writes only to a new or empty folder or "
              + kind.earlier()
              + ": "
              + another);
    }
    return Optional.empty();
  }

  /**
   * Takes the lock of {@code out}: a file {@code .OUT.lock} beside it, holding the pid of the
   * build, removed when the lock is released. Not held when another build holds it, with that
   * build's pid as the file says. A lock taken on a file that its holder removed meanwhile is let
   * go again, so two builds never both hold one.
   */
  public static Lock lock(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    Path file = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    Path made = firstMissing(absolute.getParent());
    try {
      Files.createDirectories(absolute.getParent());
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null || !Files.exists(file)) {
        channel.close();
        return new Lock(null, null, null, null, holder(file));
      }
      channel.truncate(0);
      channel.write(
          StandardCharsets.US_ASCII.encode(ProcessHandle.current().pid() + System.lineSeparator()));
      return new Lock(file, made, channel, lock, "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the lock " + file, e);
    }
  }

  /** A held lock (released on close), or the refusal of one another build holds. */
  public static final class Lock implements AutoCloseable {
    private final Path file;
    private final Path made;
    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;

    private Lock(Path file, Path made, FileChannel channel, FileLock lock, String holder) {
      this.file = file;
      this.made = made;
      this.channel = channel;
      this.lock = lock;
      this.holder = holder;
    }

    /** Whether this build holds the lock. */
    public boolean held() {
      return lock != null;
    }

    /** The pid of the build that holds it, as its lock file says, or empty. */
    public String holder() {
      return holder;
    }

    @Override
    public void close() {
      if (channel == null) {
        return;
      }
      try {
        Files.deleteIfExists(file);
        lock.release();
        channel.close();
        removeIfUnused(made, file.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the lock", e);
      }
    }
  }

  /**
   * Removes the folders the lock made for OUT's parent, from {@code parent} up to {@code made},
   * when the build left them empty (it was refused): a refused build writes nothing.
   */
  private static void removeIfUnused(Path made, Path parent) throws IOException {
    if (made == null) {
      return;
    }
    for (Path dir = parent; dir != null && dir.startsWith(made); dir = dir.getParent()) {
      if (!isEmpty(dir)) {
        return;
      }
      Files.delete(dir);
    }
  }

  /** The highest folder of {@code dir}'s path that does not exist yet, or null when it does. */
  private static Path firstMissing(Path dir) {
    Path missing = null;
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      missing = p;
    }
    return missing;
  }

  private static String holder(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * Whether {@code dir} holds a manifest.json katalog wrote: an object with an edition and files.
   */
  private static boolean isBundle(Path dir) {
    Path manifest = dir.resolve("manifest.json");
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      JsonNode root = JSON.readTree(manifest.toFile());
      return root != null
          && root.isObject()
          && root.path("edition").isTextual()
          && root.path("files").isArray();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The real path of {@code path}, or of its nearest existing ancestor with the rest appended, so
   * that a new folder compares like an existing one.
   */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }
}
