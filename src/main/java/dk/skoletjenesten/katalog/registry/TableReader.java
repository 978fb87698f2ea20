package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One table of the data folder and how its rows become records: the one reader of institutions,
 * offers, schools and municipalities. The table is {@code NAME.csv} (semicolon-separated, as Danish
 * Excel writes it) or, where JSON is allowed, {@code NAME.json} (an array of objects); exactly one
 * of them must exist. Missing required columns are errors; unknown columns or keys are warnings
 * (they are ignored). Each row is given to {@code record} as {@link Fields}.
 */
final class TableReader<T> {
  private final String name;
  private final Set<String> required;
  private final Set<String> optional;
  private final boolean jsonAllowed;
  private final Function<Fields, Optional<T>> record;

  private TableReader(
      String name,
      Set<String> required,
      Set<String> optional,
      boolean jsonAllowed,
      Function<Fields, Optional<T>> record) {
    this.name = name;
    this.required = Set.copyOf(required);
    this.optional = Set.copyOf(optional);
    this.jsonAllowed = jsonAllowed;
    this.record = record;
  }

  /** A table that the portal exports as JSON and staff edit as CSV. */
  static <T> TableReader<T> csvOrJson(
      String name,
      Set<String> required,
      Set<String> optional,
      Function<Fields, Optional<T>> record) {
    return new TableReader<>(name, required, optional, true, record);
  }

  /** A table kept only as CSV; every column is required. */
  static <T> TableReader<T> csv(
      String name, Set<String> columns, Function<Fields, Optional<T>> record) {
    return new TableReader<>(name, columns, Set.of(), false, record);
  }

  /** The records with their rows; {@link Table#missing()} when the file could not be read. */
  Table<T> read(DataFolder folder, Diagnostics out) {
    Reading reading = new Reading(folder, out);
    Optional<List<Row>> rows = reading.rows();
    if (rows.isEmpty()) {
      return Table.missing();
    }
    List<Located<T>> items = new ArrayList<>();
    for (Row row : rows.get()) {
      record.apply(new Fields(row, out)).ifPresent(value -> items.add(new Located<>(value, row)));
    }
    List<Row> declaring = new ArrayList<>(rows.get());
    declaring.addAll(reading.refused);
    return new Table<>(true, items, declaring);
  }

  private boolean known(String column) {
    return required.contains(column) || optional.contains(column);
  }

  /** One reading of the table's file from one data folder. */
  private final class Reading {
    private final DataFolder folder;
    private final Diagnostics out;

    /** Rows refused as a whole (too many cells): they make no record but still declare ids. */
    private final List<Row> refused = new ArrayList<>();

    Reading(DataFolder folder, Diagnostics out) {
      this.folder = folder;
      this.out = out;
    }

    Optional<List<Row>> rows() {
      String csv = name + ".csv";
      String json = name + ".json";
      boolean hasCsv = folder.exists(csv);
      boolean hasJson = jsonAllowed && folder.exists(json);
      if (hasCsv && hasJson) {
        error(json, 0, "both " + csv + " and " + json + " exist; keep one of them");
        return Optional.empty();
      }
      if (!hasCsv && !hasJson) {
        String expected = jsonAllowed ? csv + " or " + json : csv;
        error(csv, 0, "required file is missing (expected " + expected + ")");
        return Optional.empty();
      }
      return hasCsv ? csvRows(csv) : jsonRows(json);
    }

    private Optional<List<Row>> csvRows(String file) {
      return folder.readText(file).flatMap(text -> csvLines(file, text)).flatMap(l -> csv(file, l));
    }

    private Optional<List<CsvText.Line>> csvLines(String file, String text) {
      try {
        List<CsvText.Line> lines = CsvText.parse(text, ';');
        if (lines.isEmpty()) {
          error(file, 0, "expected a header line, got an empty file");
          return Optional.empty();
        }
        return Optional.of(lines);
      } catch (CsvText.UnclosedQuoteException e) {
        error(file, e.line(), e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<List<Row>> csv(String file, List<CsvText.Line> lines) {
      List<String> header = lines.get(0).cells().stream().map(String::strip).toList();
      header.forEach(column -> checkCell(file, 1, null, column));
      if (!checkColumns(file, header)) {
        return Optional.empty();
      }
      List<Row> rows = new ArrayList<>();
      for (CsvText.Line line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          csvRow(file, header, line).ifPresent(rows::add);
        }
      }
      return Optional.of(rows);
    }

    private boolean checkColumns(String file, List<String> header) {
      boolean ok = true;
      for (String column : required.stream().sorted().toList()) {
        if (!header.contains(column)) {
          out.add(Diagnostic.error(folder.display(file), 1, column, "missing column"));
          ok = false;
        }
      }
      header.stream()
          .filter(column -> !known(column))
          .forEach(
              column ->
                  out.add(
                      Diagnostic.warning(
                          folder.display(file), 1, column, "unknown column, ignored")));
      return ok;
    }

    private Optional<Row> csvRow(String file, List<String> header, CsvText.Line line) {
      Map<String, JsonNode> values = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(header.size(), line.cells().size()); i++) {
        String cell = line.cells().get(i).strip();
        if (!cell.isEmpty()) {
          values.put(header.get(i), TextNode.valueOf(cell));
        }
        checkCell(file, line.number(), header.get(i), cell);
      }
      Row row = Row.csv(folder.display(file), line.number(), values);
      if (line.cells().size() > header.size()) {
        String got = "expected " + header.size() + " cells, got " + line.cells().size();
        error(file, line.number(), got + " (a ; too many, or a cell with ; that is not quoted)");
        refused.add(row);
        return Optional.empty();
      }
      return Optional.of(row);
    }

    private void checkCell(String file, int line, String column, String cell) {
      TextCheck.message(cell)
          .ifPresent(m -> out.add(Diagnostic.error(folder.display(file), line, column, m)));
    }

    private Optional<List<Row>> jsonRows(String file) {
      return folder.readJson(file).flatMap(root -> json(file, root));
    }

    private Optional<List<Row>> json(String file, JsonNode root) {
      if (!root.isArray()) {
        errorAt(file, "$", "expected an array of objects, got " + Fields.got(root));
        return Optional.empty();
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < root.size(); i++) {
        jsonRow(file, "$[" + i + "]", root.get(i)).ifPresent(rows::add);
      }
      return Optional.of(rows);
    }

    private Optional<Row> jsonRow(String file, String path, JsonNode item) {
      if (!item.isObject()) {
        errorAt(file, path, "expected an object, got " + Fields.got(item));
        return Optional.empty();
      }
      Row row = Row.json(folder.display(file), path, item);
      row.keys().stream()
          .filter(key -> !known(key))
          .sorted()
          .forEach(key -> out.add(row.warning(key, "unknown key, ignored")));
      return Optional.of(row);
    }

    private void error(String file, int line, String message) {
      out.add(Diagnostic.error(folder.display(file), line, null, message));
    }

    private void errorAt(String file, String path, String message) {
      out.add(Diagnostic.errorAt(folder.display(file), path, null, message));
    }
  }
}
