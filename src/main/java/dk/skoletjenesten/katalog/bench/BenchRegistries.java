package dk.skoletjenesten.katalog.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.skoletjenesten.katalog.registry.CsvText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The registries the benchmark builds beside the data folder it is given: a copy with an insert
 * order for every municipality that has places ({@link #everyInsert}), and one with every place and
 * its offers {@code factor} times ({@link #scaled}). Both are valid input by the data contract and
 * deterministic: the same data folder gives the same files.
 */
public final class BenchRegistries {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String INSTITUTIONS = "institutions.csv";
  private static final String OFFERS = "offers.json";
  private static final String MUNICIPALITIES = "municipalities.csv";
  private static final String BOM = "\uFEFF";
  private static final int COPIES_WITHOUT_SCHOOLS = 50;
  private static final List<String> ROMAN =
      List.of("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");

  private BenchRegistries() {}

  /**
   * Copies {@code data} into {@code out} and adds an insert order (located places only) for every
   * municipality of {@code institutions.csv} that has none.
   *
   * @return how many orders were added
   */
  public static int everyInsert(Path data, Path out) {
    copy(data, out);
    List<List<String>> places = rows(out.resolve(INSTITUTIONS));
    int municipalityColumn = places.get(0).indexOf("municipality");
    Map<Integer, String> names = municipalityNames(out);
    Path orders = out.resolve("orders/inserts");
    List<Integer> ordered = orderedMunicipalities(orders);
    TreeMap<Integer, String> wanted = new TreeMap<>();
    for (List<String> row : places.subList(1, places.size())) {
      int code = Integer.parseInt(row.get(municipalityColumn).strip());
      if (!ordered.contains(code)) {
        wanted.put(code, names.getOrDefault(code, "Kommune " + code));
      }
    }
    List<Integer> withSchools = schoolMunicipalities(out);
    wanted.forEach((code, name) -> writeOrder(orders, code, name, withSchools.contains(code)));
    return wanted.size();
  }

  /**
   * Copies {@code data} into {@code out} with every institution and its offers {@code factor}
   * times: copy {@code k} (from 2) has the id {@code ID-k} and the name {@code NAME} and {@code k}
   * in Roman numerals (a number would end index lines as if it were a page number); orders,
   * articles and schools are kept as they are.
   */
  public static void scaled(Path data, Path out, int factor) {
    if (factor < 1 || factor >= ROMAN.size()) {
      throw new IllegalArgumentException("the factor must be 1 to 10, got " + factor);
    }
    copy(data, out);
    List<List<String>> places = rows(out.resolve(INSTITUTIONS));
    List<String> header = places.get(0);
    int id = header.indexOf("id");
    int name = header.indexOf("name");
    List<List<String>> scaled = new ArrayList<>(places);
    for (int k = 2; k <= factor; k++) {
      for (List<String> row : places.subList(1, places.size())) {
        List<String> copy = new ArrayList<>(row);
        copy.set(id, row.get(id) + "-" + k);
        copy.set(name, row.get(name) + " " + ROMAN.get(k));
        scaled.add(copy);
      }
    }
    writeRows(out.resolve(INSTITUTIONS), scaled);
    try {
      ArrayNode offers = (ArrayNode) JSON.readTree(out.resolve(OFFERS).toFile());
      ArrayNode all = offers.deepCopy();
      for (int k = 2; k <= factor; k++) {
        for (JsonNode offer : offers) {
          ObjectNode copy = offer.deepCopy();
          copy.put("id", offer.get("id").asText() + "-" + k);
          copy.put("institution", offer.get("institution").asText() + "-" + k);
          all.add(copy);
        }
      }
      JSON.writeValue(out.resolve(OFFERS).toFile(), all);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scale " + out.resolve(OFFERS), e);
    }
  }

  /**
   * An order of the located places; one for a municipality without schools in {@code schools.csv}
   * states its copies ({@value #COPIES_WITHOUT_SCHOOLS}, for the municipality itself).
   */
  private static void writeOrder(Path orders, int code, String name, boolean hasSchools) {
    String kommune = name.endsWith("Kommune") ? name : name + " Kommune";
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("municipality", code);
    if (!hasSchools) {
      order.put("copies", COPIES_WITHOUT_SCHOOLS);
    }
    order.put(
        "intro",
        "## Åben skole tæt på\n\nDette indstik samler de steder i "
            + kommune
            + ", som tager imod skoleklasser og dagtilbud. Alle tilbud kan findes og bookes på"
            + " skoletjenesten.dk.\n");
    order.put(
        "contact",
        Map.of(
            "name",
            "Åben skole i " + kommune,
            "email",
            String.format(Locale.ROOT, "aabenskole%04d@skoletjenesten.dk", code),
            "phone",
            "70 20 30 40"));
    order.put("include", Map.of("located_in_municipality", true));
    try {
      Files.createDirectories(orders);
      JSON.writeValue(
          orders.resolve(String.format(Locale.ROOT, "bench-%04d.json", code)).toFile(), order);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an insert order into " + orders, e);
    }
  }

  private static List<Integer> schoolMunicipalities(Path data) {
    List<List<String>> schools = rows(data.resolve("schools.csv"));
    int column = schools.get(0).indexOf("municipality");
    return schools.subList(1, schools.size()).stream()
        .map(r -> Integer.parseInt(r.get(column).strip()))
        .distinct()
        .toList();
  }

  private static List<Integer> orderedMunicipalities(Path orders) {
    if (!Files.isDirectory(orders)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(orders)) {
      List<Integer> codes = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        codes.add(JSON.readTree(file.toFile()).path("municipality").asInt());
      }
      return codes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the insert orders in " + orders, e);
    }
  }

  private static Map<Integer, String> municipalityNames(Path data) {
    Path file = data.resolve(MUNICIPALITIES);
    Map<Integer, String> names = new TreeMap<>();
    if (!Files.exists(file)) {
      return names;
    }
    List<List<String>> rows = rows(file);
    int code = rows.get(0).indexOf("code");
    int name = rows.get(0).indexOf("name");
    rows.subList(1, rows.size())
        .forEach(r -> names.put(Integer.parseInt(r.get(code).strip()), r.get(name)));
    return names;
  }

  /** The rows of a data folder's CSV file, header first ({@link CsvText}). */
  static List<List<String>> rows(Path csv) {
    String text = read(csv);
    try {
      return CsvText.parse(text.startsWith(BOM) ? text.substring(1) : text, ';').stream()
          .map(CsvText.Line::cells)
          .toList();
    } catch (CsvText.UnclosedQuoteException e) {
      throw new IllegalArgumentException(csv + ": " + e.getMessage(), e);
    }
  }

  private static void writeRows(Path csv, List<List<String>> rows) {
    StringBuilder text = new StringBuilder(BOM);
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        boolean quote = cell.contains(";") || cell.contains("\"") || cell.contains("\n");
        text.append(i == 0 ? "" : ";")
            .append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      text.append('\n');
    }
    try {
      Files.writeString(csv, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Copies the folder tree {@code from} into {@code to}, which must not exist yet. */
  static void copy(Path from, Path to) {
    try (Stream<Path> tree = Files.walk(from)) {
      for (Path source : tree.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }
}
