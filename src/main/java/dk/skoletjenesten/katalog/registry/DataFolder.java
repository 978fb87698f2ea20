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
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of one data folder, read as text or JSON; every problem is a diagnostic. */
final class DataFolder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Diagnostics out;

  DataFolder(Path dir, Diagnostics out) {
    this.dir = dir;
    this.out = out;
  }

  /** A file's name as shown in messages: the data folder as given, then the relative path. */
  String display(String relative) {
    return dir.resolve(relative).toString();
  }

  boolean exists(String relative) {
    return Files.isRegularFile(dir.resolve(relative));
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

  Optional<JsonNode> readJson(String relative) {
    return readText(relative).flatMap(text -> parseJson(relative, text));
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
