package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The files of one data folder, read as text or JSON; every problem is a diagnostic. */
final class DataFolder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String IMAGES = "images";
  private static final long MAX_IMAGE_BYTES = 200_000_000L;
  private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  private final Path dir;
  private final Diagnostics out;
  private final Map<String, ImageRead> images = new HashMap<>();

  DataFolder(Path dir, Diagnostics out) {
    this.dir = dir;
    this.out = out;
  }

  /** A file's name as shown in messages: the data folder as given, then the relative path. */
  String display(String relative) {
    return dir.resolve(relative).toString();
  }

  boolean exists(String relative) {
    try {
      return Files.isRegularFile(dir.resolve(relative));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * Checks an image that {@code row}'s {@code field} names ({@code name}, relative to {@code
   * images/}) and reports what is wrong at that field: a URL or absolute path, a path that leaves
   * {@code images/}, a missing file, a link to a file outside the data folder, a file that is not a
   * whole PNG or JPEG of the type its name says, or one too large to decode. The header, when the
   * image can be printed.
   */
  Optional<ImageFile.Header> checkImage(Row row, String field, String name) {
    if (TextCheck.problem(name).isPresent()) {
      return Optional.empty(); // the name's text is reported where it was read
    }
    Optional<String> problem = imagePath(name);
    if (problem.isPresent()) {
      out.add(row.error(field, problem.get()));
      return Optional.empty();
    }
    ImageRead read = images.computeIfAbsent(name, this::readImage);
    read.problem()
        .ifPresent(p -> out.add(row.error(field, "images/" + TextCheck.escaped(name) + ": " + p)));
    return read.header();
  }

  /** The outcome of reading one image file, kept so that an image named twice is read once. */
  private record ImageRead(Optional<ImageFile.Header> header, Optional<String> problem) {
    static ImageRead failed(String problem) {
      return new ImageRead(Optional.empty(), Optional.of(problem));
    }
  }

  /** What is wrong with an image's name as a path, before the file is looked at. */
  private Optional<String> imagePath(String name) {
    String quoted = Fields.quote(name);
    if (URL_SCHEME.matcher(name).lookingAt()) {
      return Optional.of(
          "expected a file name in images/, got the address "
              + quoted
              + " (images are never fetched; put the file in images/)");
    }
    if (name.startsWith("/") || name.startsWith("\\")) {
      return Optional.of(
          "expected a file name relative to images/, got the absolute path " + quoted);
    }
    Path images;
    Path file;
    try {
      images = dir.resolve(IMAGES).normalize();
      file = images.resolve(name).normalize();
    } catch (InvalidPathException e) {
      return Optional.of("expected a file name, got " + quoted);
    }
    if (!file.startsWith(images) || file.equals(images)) {
      return Optional.of(
          "expected a file name inside images/, got the path " + quoted + ", which leaves it");
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of("no file images/" + TextCheck.escaped(name) + " in the data folder");
    }
    return Optional.empty();
  }

  private ImageRead readImage(String name) {
    Path file = dir.resolve(IMAGES).resolve(name);
    try {
      if (!file.toRealPath().startsWith(dir.toRealPath())) {
        return ImageRead.failed(
            "a link to a file outside the data folder ("
                + file.toRealPath()
                + "); copy the file into images/ instead");
      }
      long size = Files.size(file);
      if (size > MAX_IMAGE_BYTES) {
        return ImageRead.failed(
            "the file is "
                + size / 1_000_000
                + " MB; at most "
                + MAX_IMAGE_BYTES / 1_000_000
                + " MB are accepted");
      }
      return new ImageRead(
          Optional.of(ImageFile.read(name, Files.readAllBytes(file))), Optional.empty());
    } catch (ImageFile.BadImageException e) {
      return ImageRead.failed(e.getMessage());
    } catch (IOException e) {
      return ImageRead.failed("cannot read the file: " + e.getMessage());
    }
  }

  /** Whether the file exists; when it does not, {@code message} is reported for it. */
  boolean requireFile(String relative, String message) {
    if (!exists(relative)) {
      out.add(Diagnostic.error(display(relative), 0, null, message));
      return false;
    }
    return true;
  }

  boolean hasFolder(String relative) {
    return Files.isDirectory(dir.resolve(relative));
  }

  /** The relative paths of the files in a sub folder that end with {@code suffix}, sorted. */
  List<String> list(String subFolder, String suffix) {
    Path folder = dir.resolve(subFolder);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> subFolder + "/" + p.getFileName())
          .filter(name -> name.endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      out.add(
          Diagnostic.error(
              display(subFolder), 0, null, "cannot list the folder: " + e.getMessage()));
      return List.of();
    }
  }

  /** The text of a file, decoded as UTF-8 with an optional byte order mark removed. */
  Optional<String> readText(String relative) {
    return readBytes(relative).flatMap(bytes -> decode(relative, bytes));
  }

  private Optional<byte[]> readBytes(String relative) {
    try {
      return Optional.of(Files.readAllBytes(dir.resolve(relative)));
    } catch (IOException e) {
      out.add(
          Diagnostic.error(display(relative), 0, null, "cannot read the file: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private Optional<String> decode(String relative, byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      String expected = "expected UTF-8 text (in Excel: save as \"CSV UTF-8\")";
      out.add(
          Diagnostic.error(
              display(relative), 0, null, expected + ", got bytes that are not UTF-8"));
      return Optional.empty();
    }
  }

  /** The JSON of a file; every string in it that holds a refused character is reported. */
  Optional<JsonNode> readJson(String relative) {
    Optional<JsonNode> json = readText(relative).flatMap(text -> parseJson(relative, text));
    json.ifPresent(root -> checkStrings(relative, "$", root));
    return json;
  }

  /** The text of a Markdown file; each line that holds a refused character is reported. */
  Optional<String> readMarkdown(String relative) {
    Optional<String> text = readText(relative);
    text.ifPresent(t -> checkLines(relative, t));
    return text;
  }

  private void checkLines(String relative, String text) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      TextCheck.problem(lines[i])
          .map(p -> "expected printable text, got " + p.replace("position", "column"))
          .ifPresent(m -> out.add(Diagnostic.error(display(relative), line, null, m)));
    }
  }

  /** Reports the strings and keys below {@code node} that hold a refused character. */
  private void checkStrings(String relative, String path, JsonNode node) {
    if (node.isTextual()) {
      TextCheck.message(node.asText())
          .ifPresent(m -> out.add(Diagnostic.errorAt(display(relative), path, null, m)));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkStrings(relative, path + "[" + i + "]", node.get(i));
      }
    } else if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                TextCheck.message(e.getKey())
                    .map(m -> "key: " + m)
                    .ifPresent(m -> out.add(Diagnostic.errorAt(display(relative), path, null, m)));
                checkStrings(relative, path + "." + TextCheck.escaped(e.getKey()), e.getValue());
              });
    }
  }

  private Optional<JsonNode> parseJson(String relative, String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || node.isMissingNode()) {
        out.add(Diagnostic.error(display(relative), 0, null, "expected JSON, got an empty file"));
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      out.add(
          Diagnostic.error(
              display(relative), line, null, "invalid JSON: " + e.getOriginalMessage()));
      return Optional.empty();
    }
  }
}
