package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The files of one data folder, read as text, JSON or tables; every problem is a diagnostic. */
final class DataFolder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Diagnostics out;

  DataFolder(Path dir, Diagnostics out) {
    this.dir = dir;
    this.out = out;
  }

  Path dir() {
    return dir;
  }

  /** A file's name as shown in messages: the data folder as given, then the relative path. */
  String display(String relative) {
    return dir.resolve(relative).toString();
  }

  boolean exists(String relative) {
    return Files.isRegularFile(dir.resolve(relative));
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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir.resolve(relative));
    } catch (IOException e) {
      out.add(
          Diagnostic.error(display(relative), 0, null, "cannot read the file: " + e.getMessage()));
      return Optional.empty();
    }
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
      out.add(
          Diagnostic.error(
              display(relative),
              0,
              null,
              "expected UTF-8 text (in Excel: save as \"CSV UTF-8\"), got bytes that are not UTF-8"));
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

  /**
   * A table from {@code NAME.csv} or {@code NAME.json}: exactly one of them must exist. Missing
   * required columns are errors; unknown ones are warnings (they are ignored).
   */
  Optional<List<Row>> readTable(
      String name, Set<String> required, Set<String> optional, boolean jsonAllowed) {
    String csv = name + ".csv";
    String json = name + ".json";
    boolean hasCsv = exists(csv);
    boolean hasJson = jsonAllowed && exists(json);
    if (hasCsv && hasJson) {
      out.add(
          Diagnostic.error(
              display(json), 0, null, "both " + csv + " and " + json + " exist; keep one of them"));
      return Optional.empty();
    }
    if (!hasCsv && !hasJson) {
      String expected = jsonAllowed ? csv + " or " + json : csv;
      out.add(
          Diagnostic.error(
              display(csv), 0, null, "required file is missing (expected " + expected + ")"));
      return Optional.empty();
    }
    return hasCsv ? readCsv(csv, required, optional) : readJsonArray(json, required, optional);
  }

  private Optional<List<Row>> readCsv(String relative, Set<String> required, Set<String> optional) {
    Optional<String> text = readText(relative);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<CsvText.Line> lines;
    try {
      lines = CsvText.parse(text.get(), ';');
    } catch (CsvText.UnclosedQuoteException e) {
      out.add(Diagnostic.error(display(relative), e.line(), null, e.getMessage()));
      return Optional.empty();
    }
    if (lines.isEmpty()) {
      out.add(
          Diagnostic.error(
              display(relative), 0, null, "expected a header line, got an empty file"));
      return Optional.empty();
    }
    List<String> header = lines.get(0).cells().stream().map(String::strip).toList();
    if (!checkColumns(relative, header, required, optional)) {
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>();
    for (CsvText.Line line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        toRow(relative, header, line).ifPresent(rows::add);
      }
    }
    return Optional.of(rows);
  }

  private boolean checkColumns(
      String relative, List<String> header, Set<String> required, Set<String> optional) {
    boolean ok = true;
    for (String column : required.stream().sorted().toList()) {
      if (!header.contains(column)) {
        out.add(Diagnostic.error(display(relative), 1, column, "missing column"));
        ok = false;
      }
    }
    for (String column : header) {
      if (!required.contains(column) && !optional.contains(column)) {
        out.add(Diagnostic.warning(display(relative), 1, column, "unknown column, ignored"));
      }
    }
    return ok;
  }

  private Optional<Row> toRow(String relative, List<String> header, CsvText.Line line) {
    if (line.cells().size() > header.size()) {
      out.add(
          Diagnostic.error(
              display(relative),
              line.number(),
              null,
              "expected " + header.size() + " cells, got " + line.cells().size()));
      return Optional.empty();
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (int i = 0; i < line.cells().size(); i++) {
      String cell = line.cells().get(i).strip();
      if (!cell.isEmpty()) {
        values.put(header.get(i), TextNode.valueOf(cell));
      }
    }
    return Optional.of(Row.csv(display(relative), line.number(), values));
  }

  private Optional<List<Row>> readJsonArray(
      String relative, Set<String> required, Set<String> optional) {
    Optional<JsonNode> root = readJson(relative);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!root.get().isArray()) {
      out.add(
          Diagnostic.errorAt(
              display(relative),
              "$",
              null,
              "expected an array of objects, got " + Fields.got(root.get())));
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>();
    int index = 0;
    for (JsonNode item : root.get()) {
      String path = "$[" + index++ + "]";
      if (!item.isObject()) {
        out.add(
            Diagnostic.errorAt(
                display(relative), path, null, "expected an object, got " + Fields.got(item)));
        continue;
      }
      Row row = Row.json(display(relative), path, item);
      row.keys().stream()
          .filter(k -> !required.contains(k) && !optional.contains(k))
          .sorted()
          .forEach(k -> out.add(row.warning(k, "unknown key, ignored")));
      rows.add(row);
    }
    return Optional.of(rows);
  }
}
