package dk.skoletjenesten.katalog.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the printer bundle so that OUT is never half-written: everything goes into a temporary
 * folder beside OUT, which replaces OUT only when complete. A run that fails or is killed leaves
 * the previous OUT as it was; its temporary folder is removed by the next run.
 */
public final class BundleWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String MANIFEST = "manifest.json";

  private final Path out;

  public BundleWriter(Path out) {
    this.out = out.toAbsolutePath().normalize();
  }

  /** The folder a build writes into: beside OUT, named after it, removed unless completed. */
  public Path begin() {
    try {
      Files.createDirectories(out.getParent());
      removeStaleWorkFolders();
      return Files.createDirectory(out.resolveSibling(workName("tmp")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a work folder beside " + out, e);
    }
  }

  /**
   * Writes the files, the reports ({@code extras}: name -> bytes, e.g. preflight.json) and
   * manifest.json into {@code work}, then moves it into place as OUT. {@code standard} is the PDF
   * standard every file was finished to.
   */
  public void complete(
      Path work,
      String edition,
      String title,
      String standard,
      List<BundleFile> files,
      Map<String, byte[]> extras) {
    try {
      for (BundleFile file : files) {
        write(work, file.path(), file.content());
      }
      for (Map.Entry<String, byte[]> extra : new TreeMap<>(extras).entrySet()) {
        write(work, extra.getKey(), extra.getValue());
      }
      List<Manifest.Entry> entries =
          files.stream()
              .sorted(Comparator.comparing(BundleFile::path))
              .map(f -> entry(f, standard))
              .toList();
      JSON.writeValue(work.resolve(MANIFEST).toFile(), new Manifest(edition, title, entries));
      replaceOut(work);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the bundle to " + out, e);
    }
  }

  /** Removes a work folder after a failed build; OUT is left as it was. */
  public void abandon(Path work) {
    deleteTree(work);
  }

  private static void write(Path work, String path, byte[] content) throws IOException {
    Path target = work.resolve(path);
    Files.createDirectories(target.getParent());
    Files.write(target, content);
  }

  private static Manifest.Entry entry(BundleFile file, String standard) {
    return new Manifest.Entry(
        file.path(),
        file.product().key(),
        file.title(),
        standard,
        file.municipality().isPresent() ? file.municipality().getAsInt() : null,
        file.pages(),
        new double[] {file.trimWidthMm(), file.trimHeightMm()},
        file.copies(),
        sha256(file.content()));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private void replaceOut(Path work) throws IOException {
    Path old = null;
    if (Files.exists(out)) {
      old = out.resolveSibling(workName("old"));
      move(out, old);
    }
    move(work, out);
    if (old != null) {
      deleteTree(old);
    }
  }

  /** A hidden sibling of OUT, unique to this run, with the ordinary permissions of new folders. */
  private String workName(String kind) {
    return "."
        + out.getFileName()
        + "."
        + kind
        + "-"
        + ProcessHandle.current().pid()
        + "-"
        + System.nanoTime();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private void removeStaleWorkFolders() throws IOException {
    String prefix = "." + out.getFileName() + ".";
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(), prefix + "*")) {
      for (Path sibling : siblings) {
        String rest = sibling.getFileName().toString().substring(prefix.length());
        if (rest.startsWith("tmp-") || rest.startsWith("old-")) {
          deleteTree(sibling);
        }
      }
    }
  }

  private static void deleteTree(Path root) {
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
