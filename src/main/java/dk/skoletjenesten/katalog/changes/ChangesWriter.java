package dk.skoletjenesten.katalog.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes changes.json, changes.html and the side-by-side images into a folder of their own (the
 * {@code katalog diff} output), never over a file katalog did not make: a file in the way is
 * replaced only when the folder's changes.json is one of ours and names it (changes.json and
 * changes.html themselves, or one of its images); images of an earlier comparison that this one no
 * longer has are removed. A bundle folder (one with a manifest.json) is refused: writing into it
 * would change a bundle after its manifest.
 */
public final class ChangesWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChangesWriter() {}

  /**
   * Writes {@code changes} into {@code dir} (created if needed).
   *
   * @throws ComparisonProblem when a file in the way is not from an earlier comparison
   */
  public static void write(Changes changes, Path dir) {
    if (Files.exists(dir.resolve(BundleFolder.MANIFEST))) {
      throw new ComparisonProblem(
          dir
              + ": is a bundle (it has "
              + BundleFolder.MANIFEST
              + "); write the changes to another folder");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ComparisonProblem(dir + ": is a file, not a folder");
    }
    Set<String> earlier = earlierFiles(dir);
    Map<String, byte[]> files = changes.files();
    List<String> inTheWay = new ArrayList<>();
    for (String name : files.keySet()) {
      if (Files.exists(dir.resolve(name)) && !earlier.contains(name)) {
        inTheWay.add(name);
      }
    }
    if (!inTheWay.isEmpty()) {
      throw new ComparisonProblem(
          dir
              + ": would overwrite "
              + String.join(", ", inTheWay)
              + ", which katalog did not write; choose another folder with --out");
    }
    try {
      for (String name : earlier) {
        if (!files.containsKey(name)) {
          Files.deleteIfExists(dir.resolve(name));
        }
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path target = dir.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
    } catch (IOException e) {
      throw new ComparisonProblem(dir + ": cannot write the changes: " + e.getMessage(), e);
    }
  }

  /**
   * The files of an earlier comparison in {@code dir}, from its changes.json: empty when there is
   * none, or it is not ours.
   */
  private static Set<String> earlierFiles(Path dir) {
    Set<String> files = new TreeSet<>();
    Path json = dir.resolve(Changes.JSON_FILE);
    if (!Files.isRegularFile(json)) {
      return files;
    }
    JsonNode root;
    try {
      root = JSON.readTree(json.toFile());
    } catch (IOException e) {
      return files;
    }
    if (!Changes.FORMAT.equals(root.path("format").asText())) {
      return files;
    }
    files.add(Changes.JSON_FILE);
    if (isOurs(dir.resolve(Changes.HTML_FILE))) {
      files.add(Changes.HTML_FILE);
    }
    for (JsonNode publication : root.path("publications")) {
      for (JsonNode page : publication.path("changed_pages")) {
        String image = page.path("image").asText("");
        if (image.startsWith("changes/") && image.endsWith(".png") && !image.contains("..")) {
          files.add(image);
        }
      }
    }
    return files;
  }

  private static boolean isOurs(Path html) {
    try {
      return Files.isRegularFile(html)
          && Files.readString(html, StandardCharsets.UTF_8)
              .contains("<meta name=\"generator\" content=\"" + Changes.FORMAT + "\">");
    } catch (IOException e) {
      return false;
    }
  }
}
