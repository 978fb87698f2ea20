package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.chart.ChartRules;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * How a chart prints its values: Danish number format (218.291; 3,5), at most two decimals with
 * trailing zeros dropped, then the unit after a space. Danish sets a space before the percent sign
 * as before any other unit ("48 %", Retskrivningsordbogen), so "%" is no exception. The space is an
 * ordinary one: a value is drawn as one text run and never broken, and an ordinary space keeps the
 * extracted text searchable as typed.
 */
final class ChartNumbers {
  static final Locale DANISH = Locale.forLanguageTag("da-DK");
  static final String UNIT_SEPARATOR = " ";
  static final int MAX_DECIMALS = 2;

  private ChartNumbers() {}

  /** {@code 218291} as "218.291", {@code 3.5} as "3,5". */
  static String number(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(DANISH);
    format.setMaximumFractionDigits(MAX_DECIMALS);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** {@code 48} with unit "%" as "48 %"; without a unit just the number. */
  static String withUnit(double value, String unit) {
    return unit.isEmpty() ? number(value) : number(value) + UNIT_SEPARATOR + unit;
  }

  /** Every point's value with the chart's unit, in data order. */
  static List<String> values(ChartSpec spec) {
    return spec.points().stream().map(point -> withUnit(point.value(), spec.unit())).toList();
  }

  /** A length for a "needs at least" message, rounded up to a tenth so that it suffices. */
  static double roundUp(double mm) {
    return Math.ceil(mm * 10 - 1e-6) / 10;
  }

  /** A value as the data wrote it, for messages: {@code -3}, {@code -3.5}. */
  static String asWritten(double value) {
    return ChartRules.asWritten(value);
  }
}
