package dk.skoletjenesten.katalog.format;

import java.text.Collator;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The Danish way with words and numbers, for every publication: the locale, collation (æ, ø, å
 * last), whole numbers with a thousands dot ({@code 17.500}) and the choice between singular and
 * plural.
 */
public final class Danish {
  public static final Locale LOCALE = Locale.forLanguageTag("da-DK");

  private Danish() {}

  /** A new Danish collator; collators are not thread-safe, so each user takes its own. */
  public static Collator collator() {
    return Collator.getInstance(LOCALE);
  }

  /** {@code 825}, {@code 1.250}, {@code 17.500}. */
  public static String integer(long n) {
    return NumberFormat.getIntegerInstance(LOCALE).format(n);
  }

  /** {@code one} for 1, otherwise {@code many}: {@code plural(3, "sted", "steder")} is "steder". */
  public static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  public static String lowerCase(String text) {
    return text.toLowerCase(LOCALE);
  }
}
