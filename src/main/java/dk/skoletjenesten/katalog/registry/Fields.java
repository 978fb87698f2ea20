package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Typed access to the values of one {@link Row}. Every problem is reported as a diagnostic, so one
 * pass over a file finds all of its problems; the accessors say what the data contract says of a
 * value:
 *
 * <ul>
 *   <li>{@code required*}: when the value is missing or invalid it is reported and the row is
 *       <em>rejected</em>: {@link #build} then makes no record, so the null that such an accessor
 *       returns for a failed value is never used.
 *   <li>with a default ({@code decimal}, {@code word} and {@code object} given {@code absent}): the
 *       default when the key is absent; when the value is invalid, as a required one.
 *   <li>optional: an {@link Optional}, empty when absent or invalid; an invalid value is reported
 *       but the row keeps its record (there is an error, so no registry is built from it, but the
 *       record still takes part in the cross-file checks).
 * </ul>
 */
final class Fields {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{3,4}");

  private final Row row;
  private final Diagnostics out;
  private boolean rejected;

  Fields(Row row, Diagnostics out) {
    this.row = row;
    this.out = out;
  }

  Row row() {
    return row;
  }

  /** Reports a problem that leaves the row's record usable. */
  void error(String field, String message) {
    out.add(row.error(field, message));
  }

  /** Reports a problem that leaves the row without a record. */
  void reject(String field, String message) {
    error(field, message);
    rejected = true;
  }

  void warning(String field, String message) {
    out.add(row.warning(field, message));
  }

  /** True once a required value has failed: the row makes no record. */
  boolean rejected() {
    return rejected;
  }

  boolean present(String key) {
    return row.has(key);
  }

  /** The row's record, made only when no required value failed. */
  <T> Optional<T> build(Supplier<T> record) {
    return rejected ? Optional.empty() : Optional.of(record.get());
  }

  /**
   * A value the row cannot do without: reported as {@code EXPECTED, got nothing} when the key is
   * missing; when {@code value} finds nothing (having reported why) the row is rejected.
   */
  <T> Optional<T> required(String key, String expected, Supplier<Optional<T>> value) {
    if (!row.has(key)) {
      reject(key, expected + ", got nothing");
      return Optional.empty();
    }
    if (isBlankText(row.get(key))) {
      reject(key, expected + ", got only blanks " + got(row.get(key)));
      return Optional.empty();
    }
    long errorsBefore = out.errorCount();
    Optional<T> found = value.get();
    if (found.isEmpty() && out.errorCount() == errorsBefore) {
      reject(key, expected + ", got " + got(row.get(key))); // no reader may refuse silently
    }
    rejected |= found.isEmpty();
    return found;
  }

  String requiredText(String key, int maxLength) {
    return required(key, "expected a value", () -> text(key, maxLength)).orElse(null);
  }

  /** Required text that must match {@code form}: else {@code expected EXPECTED, got "..."}. */
  String requiredText(String key, int maxLength, Pattern form, String expected) {
    return required(key, "expected a value", () -> text(key, maxLength, form, expected))
        .orElse(null);
  }

  String requiredSlug(String key) {
    return requiredText(key, 120, SLUG, "a lowercase slug of a-z, 0-9 and -");
  }

  Integer requiredInt(String key, long min, long max) {
    String expected = "expected a whole number " + range(min, max);
    return required(key, expected, () -> integer(key, min, max)).orElse(null);
  }

  Double requiredDecimal(String key, double min, double max) {
    String expected = "expected a number " + range(min, max);
    return required(key, expected, () -> decimal(key, min, max)).orElse(null);
  }

  /** A kommunekode: 3 digits, or 4 with a leading zero as DAWA writes it ({@code 0101}). */
  Integer requiredMunicipalityCode(String key) {
    return required(key, "expected a municipality code", () -> municipalityCode(key)).orElse(null);
  }

  String requiredHttpsUrl(String key) {
    return required(key, "expected a value", () -> httpsUrl(key)).orElse(null);
  }

  String requiredEmail(String key) {
    return required(key, "expected an e-mail address", () -> email(key)).orElse(null);
  }

  <E> E requiredWord(String key, Words<E> words) {
    return required(key, "expected a value", () -> word(key, words)).orElse(null);
  }

  /** A required nested object; when missing, {@code EXPECTED, got nothing}. */
  <T> T requiredObject(String key, String expected, JsonObjectReader<T> reader) {
    return required(key, expected, () -> object(key, reader)).orElse(null);
  }

  Double decimal(String key, double min, double max, double absent) {
    return present(key) ? requiredDecimal(key, min, max) : Double.valueOf(absent);
  }

  <E> E word(String key, Words<E> words, E absent) {
    return present(key) ? requiredWord(key, words) : absent;
  }

  <T> T object(String key, JsonObjectReader<T> reader, T absent) {
    return present(key) ? requiredObject(key, "expected an object", reader) : absent;
  }

  /** A boolean; {@code absent} when missing, and when invalid (reported). */
  boolean bool(String key, boolean absent) {
    JsonNode node = row.get(key);
    if (node == null) {
      return absent;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    String text = row.fromCsv() ? node.asText().strip().toLowerCase(Locale.ROOT) : "";
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    error(key, "expected true or false, got " + got(node));
    return absent;
  }

  /** Text, stripped; empty text counts as absent. Longer than {@code maxLength} is reported. */
  Optional<String> text(String key, int maxLength) {
    JsonNode node = row.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      error(key, "expected text, got " + got(node));
      return Optional.empty();
    }
    String value = node.asText().strip();
    if (value.length() > maxLength) {
      error(key, "expected at most " + maxLength + " characters, got " + value.length());
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Text that must match {@code form}: else {@code expected EXPECTED, got "..."}. */
  Optional<String> text(String key, int maxLength, Pattern form, String expected) {
    return text(key, maxLength).filter(v -> check(key, form.matcher(v).matches(), expected, v));
  }

  Optional<Integer> integer(String key, long min, long max) {
    JsonNode node = row.get(key);
    if (node == null) {
      return Optional.empty();
    }
    Optional<BigDecimal> number = number(node);
    if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
      error(key, "expected a whole number " + range(min, max) + ", got " + got(node));
      return Optional.empty();
    }
    return inRange(key, number.get(), min, max, node)
        ? Optional.of(number.get().intValueExact())
        : Optional.empty();
  }

  Optional<String> email(String key) {
    return text(key, 200)
        .filter(v -> check(key, EMAIL.matcher(v).matches(), "an e-mail address", v));
  }

  /** The name of a PNG or JPEG file in {@code images/}. */
  Optional<String> pngOrJpeg(String key) {
    return text(key, 200).filter(v -> check(key, isPngOrJpeg(v), "a PNG or JPEG file name", v));
  }

  /** A list: a JSON array of strings, or in CSV a cell with values separated by {@code |}. */
  List<String> list(String key) {
    JsonNode node = row.get(key);
    List<String> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    if (row.fromCsv() && node.isTextual()) {
      for (String part : node.asText().split("\\|")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    } else if (node.isArray() && allText(node)) {
      node.forEach(v -> values.add(v.asText().strip()));
    } else {
      error(key, "expected a list of text values, got " + got(node));
    }
    return values;
  }

  /**
   * The values that {@code lookup} finds for the items of a list, each once, in the order given; an
   * item it does not find is reported with the message {@code unknown} makes of it.
   */
  <T> List<T> list(
      String key, Function<String, Optional<T>> lookup, Function<String, String> unknown) {
    List<T> values = new ArrayList<>();
    for (String item : list(key)) {
      Optional<T> value = lookup.apply(item);
      value.filter(v -> !values.contains(v)).ifPresent(values::add);
      if (value.isEmpty()) {
        error(key, unknown.apply(item));
      }
    }
    return values;
  }

  /** A nested object read by {@code reader}; empty when absent or not an object (reported). */
  <T> Optional<T> object(String key, JsonObjectReader<T> reader) {
    JsonNode node = row.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      error(key, "expected an object, got " + got(node));
      return Optional.empty();
    }
    return reader.read(Row.json(row.file(), row.pathOf(key), node), out);
  }

  /**
   * A list of objects, each read by {@code reader}; the objects that make no record are left out.
   */
  <T> List<T> objects(String key, JsonObjectReader<T> reader) {
    JsonNode node = row.get(key);
    List<T> items = new ArrayList<>();
    if (node == null) {
      return items;
    }
    if (!node.isArray()) {
      error(key, "expected a list, got " + got(node));
      return items;
    }
    for (int i = 0; i < node.size(); i++) {
      item(row.pathOf(key) + "[" + i + "]", node.get(i), reader).ifPresent(items::add);
    }
    return items;
  }

  private <T> Optional<T> item(String path, JsonNode node, JsonObjectReader<T> reader) {
    if (!node.isObject()) {
      out.add(Diagnostic.errorAt(row.file(), path, null, "expected an object, got " + got(node)));
      return Optional.empty();
    }
    return reader.read(Row.json(row.file(), path, node), out);
  }

  private Optional<Double> decimal(String key, double min, double max) {
    JsonNode node = row.get(key);
    Optional<BigDecimal> number = number(node);
    if (number.isEmpty()) {
      error(key, "expected a number " + range(min, max) + ", got " + got(node));
      return Optional.empty();
    }
    double value = number.get().doubleValue();
    if (value < min || value > max) {
      error(key, "expected " + plain(min) + "-" + plain(max) + ", got " + got(node));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private Optional<Integer> municipalityCode(String key) {
    JsonNode node = row.get(key);
    String text =
        node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.asText().strip();
    boolean ok =
        (node.isIntegralNumber() || node.isTextual()) && MUNICIPALITY_CODE.matcher(text).matches();
    if (!ok || Integer.parseInt(text) < 100 || Integer.parseInt(text) > 999) {
      error(key, "expected a municipality code like 101 or 0101, got " + got(node));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  private Optional<String> httpsUrl(String key) {
    return text(key, 500).filter(v -> check(key, isHttpsUrl(v), "an https URL", v));
  }

  private <E> Optional<E> word(String key, Words<E> words) {
    Optional<String> value = text(key, 200);
    Optional<E> found = value.flatMap(words::find);
    if (value.isPresent() && found.isEmpty()) {
      error(key, words.mismatch(value.get()));
    }
    return found;
  }

  /** Reports {@code expected EXPECTED, got "value"} unless {@code ok}. */
  private boolean check(String key, boolean ok, String expected, String value) {
    if (!ok) {
      error(key, "expected " + expected + ", got " + quote(value));
    }
    return ok;
  }

  private boolean inRange(String key, BigDecimal value, long min, long max, JsonNode node) {
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      String range = min + (max == Long.MAX_VALUE ? " or more" : "-" + max);
      error(key, "expected " + range + ", got " + got(node));
      return false;
    }
    return true;
  }

  /**
   * The exact value of a number; empty for text that is none and for a JSON number beyond double
   * range.
   */
  private Optional<BigDecimal> number(JsonNode node) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      return Optional.empty();
    }
    if (node.isNumber()) {
      return Optional.of(node.decimalValue());
    }
    if (row.fromCsv() && node.isTextual()) {
      try {
        return Optional.of(new BigDecimal(node.asText().strip().replace(',', '.')));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isHttpsUrl(String value) {
    try {
      URI uri = new URI(value);
      return "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isPngOrJpeg(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg");
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode v : array) {
      if (!v.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static String range(double min, double max) {
    return max >= Long.MAX_VALUE
        ? "(" + plain(min) + " or more)"
        : "(" + plain(min) + "-" + plain(max) + ")";
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * A value as the user wrote it: text in quotes, JSON numbers, booleans and structures as JSON.
   */
  static String got(JsonNode node) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      return "a number beyond the range of numbers (about 1.8e308)";
    }
    if (node.isTextual()) {
      return quote(node.asText());
    }
    if (node.isArray()) {
      return node.isEmpty() ? "an empty list" : "a list";
    }
    return node.isObject() ? "an object" : node.toString();
  }

  /** Text in quotes, its control characters escaped ({@code \\u001b}) so a terminal shows them. */
  static String quote(String text) {
    return "\"" + TextCheck.escaped(text) + "\"";
  }

  private static boolean isBlankText(JsonNode node) {
    return node.isTextual() && node.asText().isBlank();
  }
}
