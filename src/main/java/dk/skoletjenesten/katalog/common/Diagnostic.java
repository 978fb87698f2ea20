package dk.skoletjenesten.katalog.common;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in user data or in a produced file, printed compiler style.
 *
 * <p>{@code file} is the path as shown to the user. A problem is located either by a 1-based {@code
 * line} (CSV, Markdown) or by a {@code location} such as a JSON path {@code $[412]} or {@code page
 * 3}, or by neither (the file as a whole). {@code field} names the column, key or check concerned,
 * or is null.
 *
 * <pre>
 * sample-data/institutions.csv:37: error: municipality: no municipality with code 999
 * sample-data/offers.json: $[412].grade_to: error: expected 0-10, got 12
 * out/catalogue.pdf: page 3: error: font: Helvetica is not embedded
 * </pre>
 */
public record Diagnostic(
    Severity severity, String file, int line, String location, String field, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparing(d -> d.location == null ? "" : d.location, NaturalOrder.INSTANCE)
          .thenComparing(d -> d.field == null ? "" : d.field)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
  }

  public static Diagnostic error(String file, int line, String field, String message) {
    return new Diagnostic(Severity.ERROR, file, line, null, field, message);
  }

  public static Diagnostic errorAt(String file, String location, String field, String message) {
    return new Diagnostic(Severity.ERROR, file, 0, location, field, message);
  }

  public static Diagnostic warning(String file, int line, String field, String message) {
    return new Diagnostic(Severity.WARNING, file, line, null, field, message);
  }

  public static Diagnostic warningAt(String file, String location, String field, String message) {
    return new Diagnostic(Severity.WARNING, file, 0, location, field, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The diagnostic as one line, e.g. {@code offers.json: $[3].grade_to: error: expected 0-10, got
   * 12}.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
    }
    boolean fieldInLocation = location != null && location.startsWith("$") && field != null;
    if (location != null) {
      out.append(": ").append(location);
      if (fieldInLocation) {
        out.append('.').append(field);
      }
    }
    out.append(": ").append(severity.label()).append(": ");
    if (field != null && !fieldInLocation) {
      out.append(field).append(": ");
    }
    return out.append(message).toString();
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  /** Compares strings so that embedded numbers sort by value: {@code $[9]} before {@code $[10]}. */
  private enum NaturalOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        char ca = a.charAt(i);
        char cb = b.charAt(j);
        if (Character.isDigit(ca) && Character.isDigit(cb)) {
          int endA = digitsEnd(a, i);
          int endB = digitsEnd(b, j);
          int byValue = compareDigits(a.substring(i, endA), b.substring(j, endB));
          if (byValue != 0) {
            return byValue;
          }
          i = endA;
          j = endB;
        } else {
          if (ca != cb) {
            return Character.compare(ca, cb);
          }
          i++;
          j++;
        }
      }
      return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
      int end = from;
      while (end < s.length() && Character.isDigit(s.charAt(end))) {
        end++;
      }
      return end;
    }

    private static int compareDigits(String a, String b) {
      String x = a.replaceFirst("^0+(?=.)", "");
      String y = b.replaceFirst("^0+(?=.)", "");
      return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
  }
}
