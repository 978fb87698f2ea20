package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.chart.ChartRules;
import dk.skoletjenesten.katalog.format.Danish;
import java.util.List;

/**
 * How a chart prints its values: the shared Danish number format ({@link Danish#decimal}: 218.291;
 * 3,5), at most two decimals with trailing zeros dropped, then the unit after a space. Danish sets
 * a space before the percent sign as before any other unit ("48 %", Retskrivningsordbogen), so "%"
 * is no exception. The space is an ordinary one: a value is drawn as one text run and never broken,
 * and an ordinary space keeps the extracted text searchable as typed.
 */
final class ChartNumbers {
  static final String UNIT_SEPARATOR = " ";
  static final int MAX_DECIMALS = 2;

  private ChartNumbers() {}

  /** {@code 218291} as "218.291", {@code 3.5} as "3,5". */
  static String number(double value) {
    return Danish.decimal(value, MAX_DECIMALS);
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
