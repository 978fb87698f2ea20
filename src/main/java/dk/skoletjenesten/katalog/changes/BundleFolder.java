package dk.skoletjenesten.katalog.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * An output folder opened for comparison: its manifest's revision, data digest and per-page hashes
 * of every PDF, and the files a comparison reads on demand (registry.json, proofs, PDFs). Opening
 * refuses a folder that is not a bundle or was made by a katalog that wrote no page hashes.
 */
final class BundleFolder {
  static final String MANIFEST = "manifest.json";
  static final String REGISTRY = "registry.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final String revision;
  private final String dataSha256;
  private final Map<String, List<PageHash>> publications;

  private BundleFolder(
      Path dir, String revision, String dataSha256, Map<String, List<PageHash>> publications) {
    this.dir = dir;
    this.revision = revision;
    this.dataSha256 = dataSha256;
    this.publications = Collections.unmodifiableMap(publications);
  }

  static BundleFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ComparisonProblem(dir + ": no such folder");
    }
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new ComparisonProblem(dir + ": not a katalog bundle: it has no " + MANIFEST);
    }
    JsonNode root = readJson(manifest);
    if (!root.path("files").isArray()) {
      throw new ComparisonProblem(manifest + ": not a katalog manifest: it has no \"files\" list");
    }
    List<String> missing = new ArrayList<>();
    if (!root.path("data_sha256").isTextual()) {
      missing.add("data_sha256 in " + MANIFEST);
    }
    if (!Files.isRegularFile(dir.resolve(REGISTRY))) {
      missing.add(REGISTRY);
    }
    Map<String, List<PageHash>> publications = new TreeMap<>();
    List<String> withoutHashes = new ArrayList<>();
    JsonNode files = root.path("files");
    for (int f = 0; f < files.size(); f++) {
      JsonNode file = files.get(f);
      String path = file.path("path").asText("");
      if (!path.endsWith(".pdf")) {
        continue;
      }
      if (!file.path("page_hashes").isArray()) {
        withoutHashes.add(path);
        continue;
      }
      publications.put(path, pageHashes(manifest, f, file.path("page_hashes")));
    }
    // press sheets and screen editions are not proofed and carry none; an older bundle has none
    if (!withoutHashes.isEmpty() && publications.isEmpty()) {
      missing.add("page_hashes in " + MANIFEST + " (" + String.join(", ", withoutHashes) + ")");
    }
    if (!missing.isEmpty()) {
      throw new ComparisonProblem(
          dir
              + ": made by an older katalog: it has no "
              + String.join(", no ", missing)
              + "; build it again with this katalog to compare it");
    }
    return new BundleFolder(
        dir, root.path("revision").asText(""), root.path("data_sha256").asText(), publications);
  }

  private static List<PageHash> pageHashes(Path manifest, int f, JsonNode hashes) {
    List<PageHash> pages = new ArrayList<>();
    for (int p = 0; p < hashes.size(); p++) {
      JsonNode page = hashes.get(p);
      if (!page.path("render").isTextual() || !page.path("text").isTextual()) {
        throw new ComparisonProblem(
            manifest
                + ": files["
                + f
                + "].page_hashes["
                + p
                + "]: expected {\"render\": \"HEX\", \"text\": \"HEX\"}, got "
                + page);
      }
      pages.add(new PageHash(page.path("render").asText(), page.path("text").asText()));
    }
    return List.copyOf(pages);
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new ComparisonProblem(
          file + ": not valid JSON: " + e.getOriginalMessage() + location(e), e);
    } catch (IOException e) {
      throw new ComparisonProblem(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  Path dir() {
    return dir;
  }

  String revision() {
    return revision;
  }

  String dataSha256() {
    return dataSha256;
  }

  /** Page hashes by manifest path, sorted by path. */
  Map<String, List<PageHash>> publications() {
    return publications;
  }

  /** registry.json, checked to be a snapshot this katalog reads. */
  JsonNode registry() {
    Path file = dir.resolve(REGISTRY);
    JsonNode root = readJson(file);
    if (root.path("format").asInt(0) != RegistrySnapshot.FORMAT) {
      throw new ComparisonProblem(
          file
              + ": expected a registry snapshot of format "
              + RegistrySnapshot.FORMAT
              + ", got format "
              + root.path("format"));
    }
    return root;
  }

  /** The bundle path of the proof of {@code page} of {@code publication} (a manifest path). */
  static String proofPath(String publication, int page) {
    return "proofs/" + withoutPdf(publication) + "/p" + String.format("%03d", page) + ".png";
  }

  static String withoutPdf(String publication) {
    return publication.substring(0, publication.length() - ".pdf".length());
  }

  BufferedImage proof(String publication, int page) {
    Path file = dir.resolve(proofPath(publication, page));
    if (!Files.isRegularFile(file)) {
      throw new ComparisonProblem(
          dir
              + ": "
              + proofPath(publication, page)
              + " is missing ("
              + MANIFEST
              + " lists page "
              + page
              + " of "
              + publication
              + ")");
    }
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new ComparisonProblem(file + ": not a PNG image");
      }
      return image;
    } catch (IOException e) {
      throw new ComparisonProblem(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** The PDF of {@code publication}, which must exist. */
  Path requirePdf(String publication) {
    Path file = dir.resolve(publication);
    if (!Files.isRegularFile(file)) {
      throw new ComparisonProblem(
          dir + ": " + publication + " is missing (" + MANIFEST + " lists it)");
    }
    return file;
  }
}
