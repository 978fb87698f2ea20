package dk.skoletjenesten.katalog.format;

import java.math.RoundingMode;
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

  /**
   * {@code 218291} as "218.291", {@code 3.5} as "3,5": at most {@code maxDecimals} decimals,
   * rounded half up, trailing zeros dropped.
   */
  public static String decimal(double value, int maxDecimals) {
    NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** {@code one} for 1, otherwise {@code many}: {@code plural(3, "sted", "steder")} is "steder". */
  public static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  public static String lowerCase(String text) {
    return text.toLowerCase(LOCALE);
  }
}
