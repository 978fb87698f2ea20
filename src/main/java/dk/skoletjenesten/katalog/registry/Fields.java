package dk.skoletjenesten.katalog.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed access to the values of one {@link Row}. Every accessor reports a problem as a diagnostic
 * and returns null (or a default), so one pass over a file finds all of its problems.
 */
final class Fields {
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{3,4}");

  private final Row row;
  private final Diagnostics out;

  Fields(Row row, Diagnostics out) {
    this.row = row;
    this.out = out;
  }

  Row row() {
    return row;
  }

  void error(String field, String message) {
    out.add(row.error(field, message));
  }

  void warning(String field, String message) {
    out.add(row.warning(field, message));
  }

  /** Reports every key not in {@code known}: in edition.json and orders a typo must not pass. */
  void rejectUnknownKeys(Collection<String> known) {
    row.keys().stream()
        .filter(k -> !known.contains(k))
        .sorted()
        .forEach(k -> error(k, "unknown key (expected one of " + String.join(", ", known) + ")"));
  }

  boolean present(String key) {
    return row.has(key);
  }

  String requiredText(String key, int maxLength) {
    if (!row.has(key)) {
      error(key, "expected a value, got nothing");
      return null;
    }
    return text(key, maxLength);
  }

  String text(String key, int maxLength) {
    JsonNode node = row.get(key);
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      error(key, "expected text, got " + got(node));
      return null;
    }
    String value = node.asText().strip();
    if (value.length() > maxLength) {
      error(key, "expected at most " + maxLength + " characters, got " + value.length());
    }
    return value.isEmpty() ? null : value;
  }

  String requiredSlug(String key) {
    String value = requiredText(key, 120);
    if (value != null && !SLUG.matcher(value).matches()) {
      error(key, "expected a lowercase slug of a-z, 0-9 and -, got " + quote(value));
      return null;
    }
    return value;
  }

  Integer requiredInt(String key, long min, long max) {
    if (!row.has(key)) {
      error(key, "expected a whole number " + range(min, max) + ", got nothing");
      return null;
    }
    return integer(key, min, max);
  }

  Integer integer(String key, long min, long max) {
    JsonNode node = row.get(key);
    if (node == null) {
      return null;
    }
    Optional<BigDecimal> number = number(node);
    if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
      error(key, "expected a whole number " + range(min, max) + ", got " + got(node));
      return null;
    }
    return inRange(key, number.get(), min, max, node) ? number.get().intValueExact() : null;
  }

  Double requiredDecimal(String key, double min, double max) {
    if (!row.has(key)) {
      error(key, "expected a number " + range(min, max) + ", got nothing");
      return null;
    }
    return decimal(key, min, max);
  }

  Double decimal(String key, double min, double max) {
    JsonNode node = row.get(key);
    if (node == null) {
      return null;
    }
    Optional<BigDecimal> number = number(node);
    if (number.isEmpty()) {
      error(key, "expected a number " + range(min, max) + ", got " + got(node));
      return null;
    }
    double value = number.get().doubleValue();
    if (value < min || value > max) {
      error(key, "expected " + plain(min) + "-" + plain(max) + ", got " + got(node));
      return null;
    }
    return value;
  }

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

  /** A kommunekode: 3 digits, or 4 with a leading zero as DAWA writes it ({@code 0101}). */
  Integer requiredMunicipalityCode(String key) {
    JsonNode node = row.get(key);
    if (node == null) {
      error(key, "expected a municipality code, got nothing");
      return null;
    }
    String text =
        node.isIntegralNumber() ? Integer.toString(node.intValue()) : node.asText().strip();
    boolean ok =
        (node.isIntegralNumber() || node.isTextual()) && MUNICIPALITY_CODE.matcher(text).matches();
    if (!ok || Integer.parseInt(text) < 100 || Integer.parseInt(text) > 999) {
      error(key, "expected a municipality code like 101 or 0101, got " + got(node));
      return null;
    }
    return Integer.parseInt(text);
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

  <E> E requiredWord(String key, Words<E> words) {
    String value = requiredText(key, 200);
    if (value == null) {
      return null;
    }
    Optional<E> found = words.find(value);
    if (found.isEmpty()) {
      error(key, words.mismatch(value));
    }
    return found.orElse(null);
  }

  String httpsUrl(String key, boolean required) {
    String value = required ? requiredText(key, 500) : text(key, 500);
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    error(key, "expected an https URL, got " + quote(value));
    return null;
  }

  String email(String key) {
    String value = text(key, 200);
    if (value != null && !EMAIL.matcher(value).matches()) {
      error(key, "expected an e-mail address, got " + quote(value));
      return null;
    }
    return value;
  }

  /** A nested JSON object as a row of its own, or null (with an error) when it is not one. */
  Row object(String key) {
    JsonNode node = row.get(key);
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      error(key, "expected an object, got " + got(node));
      return null;
    }
    return Row.json(row.file(), row.pathOf(key), node);
  }

  private boolean inRange(String key, BigDecimal value, long min, long max, JsonNode node) {
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(
          key,
          "expected "
              + min
              + (max == Long.MAX_VALUE ? " or more" : "-" + max)
              + ", got "
              + got(node));
      return false;
    }
    return true;
  }

  private Optional<BigDecimal> number(JsonNode node) {
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
    if (node.isTextual()) {
      return quote(node.asText());
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.isObject() ? "an object" : node.toString();
  }

  static String quote(String text) {
    return "\"" + text + "\"";
  }
}
