package dk.skoletjenesten.katalog.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.skoletjenesten.katalog.common.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes the printer bundle so that OUT is never half-written: everything goes into a temporary
 * folder beside OUT, which replaces OUT only when complete. A run that fails or is killed leaves
 * the previous OUT as it was; its temporary folder is removed by the next run.
 *
 * <p>The swap is two renames: OUT to a hidden {@code .OUT.old-*} sibling, then the work folder to
 * OUT; the old copy is deleted only once the new one is in place. A run killed between the two
 * renames leaves no OUT but the previous bundle whole beside it, and the next run (whatever it does
 * after) first renames that copy back to OUT ({@link #recover}), so at every instant the previous
 * bundle is either OUT or recoverable from its one sibling, and never deleted.
 */
public final class BundleWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String MANIFEST = "manifest.json";

  private final Path out;
  private final Map<Path, String> written = new TreeMap<>();
  private final Runnable betweenRenames;
  private final Consumer<Path> removeOld;

  public BundleWriter(Path out) {
    this(out, () -> {});
  }

  /** A writer that runs {@code betweenRenames} when OUT is moved aside (tests kill it there). */
  BundleWriter(Path out, Runnable betweenRenames) {
    this(out, betweenRenames, BundleWriter::deleteTree);
  }

  /**
   * A writer that removes the moved-aside previous bundle with {@code removeOld} (tests fail it).
   */
  BundleWriter(Path out, Runnable betweenRenames, Consumer<Path> removeOld) {
    this.out = out.toAbsolutePath().normalize();
    this.betweenRenames = betweenRenames;
    this.removeOld = removeOld;
  }

  /**
   * The folder this build writes into: beside OUT, named after it, removed unless completed. Call
   * {@link #recover} first.
   */
  public Path begin() {
    try {
      Files.createDirectories(out.getParent());
      return Files.createDirectory(out.resolveSibling(workName("tmp")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a work folder beside " + out, e);
    }
  }

  /**
   * Makes OUT what it was before any interrupted run: when OUT is missing and a moved-aside copy
   * exists (a run was killed between the two renames of the swap), the newest copy becomes OUT
   * again; then every other work folder and old copy of earlier runs is removed.
   *
   * @return whether a previous bundle was put back
   */
  public boolean recover() {
    if (!Files.isDirectory(out.getParent())) {
      return false;
    }
    try {
      boolean restored = false;
      List<Path> old = siblings("old-");
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !old.isEmpty()) {
        move(old.get(old.size() - 1), out);
        restored = true;
      }
      for (Path stale : siblings("")) {
        deleteTree(stale);
      }
      return restored;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean up beside " + out, e);
    }
  }

  /** Writes {@code content} to {@code path} (relative, with {@code /}) inside {@code work}. */
  public void write(Path work, String path, byte[] content) {
    try {
      Path target = work.resolve(path).normalize();
      if (!target.startsWith(work)) {
        throw new IllegalArgumentException("bundle path must stay inside the bundle: " + path);
      }
      Files.createDirectories(target.getParent());
      Files.write(target, content);
      written.put(target, sha256(content));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + " into " + work, e);
    }
  }

  /**
   * Writes manifest.json into {@code work}: {@code header} with the product files' {@code entries},
   * and the path and SHA-256 of every other file {@code work} holds (proofs, reports).
   */
  public void writeManifest(Path work, Manifest.Header header, List<Manifest.Entry> entries) {
    try {
      Set<String> products = new HashSet<>();
      entries.forEach(e -> products.add(e.path()));
      List<Manifest.OtherFile> others = new ArrayList<>();
      for (Map.Entry<Path, String> file : written.entrySet()) {
        String path = work.relativize(file.getKey()).toString().replace('\\', '/');
        if (file.getKey().startsWith(work) && !products.contains(path) && !path.equals(MANIFEST)) {
          others.add(new Manifest.OtherFile(path, file.getValue()));
        }
      }
      List<Manifest.Entry> sorted =
          entries.stream().sorted(Comparator.comparing(Manifest.Entry::path)).toList();
      JSON.writeValue(work.resolve(MANIFEST).toFile(), new Manifest(header, sorted, others));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manifest into " + work, e);
    }
  }

  /**
   * Moves the completed {@code work} folder into place as OUT (see the class comment). Once it is
   * there the build is published: a previous bundle that cannot be removed then is left beside OUT
   * for the next run to remove, and named in the result.
   *
   * @return the moved-aside previous bundle that could not be removed, or empty
   */
  public Optional<Path> publish(Path work) {
    Path old = null;
    try {
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        old = out.resolveSibling(workName("old"));
        move(out, old);
      }
      betweenRenames.run();
      move(work, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the bundle into place as " + out, e);
    }
    if (old == null) {
      return Optional.empty();
    }
    try {
      removeOld.accept(old);
      return Optional.empty();
    } catch (UncheckedIOException e) {
      return Optional.of(old);
    }
  }

  /** Removes a work folder after a failed build; OUT is left as it was. */
  public void abandon(Path work) {
    deleteTree(work);
  }

  /**
   * The manifest's entry for {@code file}: its facts, the SHA-256 of its bytes, and the {@code
   * extra} facts (print facts, page hashes) as the pipeline knows them.
   */
  public static Manifest.Entry entry(BundleFile file, Manifest.Extra extra) {
    return new Manifest.Entry(
        file.path(),
        file.product().key(),
        file.title(),
        file.municipality().isPresent() ? file.municipality().getAsInt() : null,
        file.pages(),
        new double[] {file.trimWidthMm(), file.trimHeightMm()},
        file.copies(),
        sha256(file.content()),
        extra.print(),
        extra.pageHashes());
  }

  /** The SHA-256 of {@code content}, in lower-case hex. */
  public static String sha256(byte[] content) {
    return Sha256.hex(content);
  }

  /**
   * A hidden sibling of OUT, unique to this run, with the ordinary permissions of new folders. The
   * time comes first and is zero-padded, so that names sort in the order the runs made them.
   */
  private String workName(String kind) {
    return String.format(
        ".%s.%s-%020d-%d",
        out.getFileName(), kind, System.nanoTime(), ProcessHandle.current().pid());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** The work folders and old copies beside OUT whose kind starts with {@code kind}, by age. */
  private List<Path> siblings(String kind) throws IOException {
    String prefix = "." + out.getFileName() + ".";
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(), prefix + "*")) {
      for (Path sibling : siblings) {
        String rest = sibling.getFileName().toString().substring(prefix.length());
        if ((rest.startsWith("tmp-") || rest.startsWith("old-")) && rest.startsWith(kind)) {
          found.add(sibling);
        }
      }
    }
    found.sort(
        Comparator.comparing(p -> p.getFileName().toString().substring(prefix.length() + 4)));
    return found;
  }

  /** Removes the folder {@code root} and everything in it, if it exists (a tree katalog made). */
  public static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + root, e);
    }
  }
}
