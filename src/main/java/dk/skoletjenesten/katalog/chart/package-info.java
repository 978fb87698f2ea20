/**
 * What a chart's data must be to be drawn, as plain values free of PDF libraries: the four {@link
 * dk.skoletjenesten.katalog.chart.ChartKind}s and {@link
 * dk.skoletjenesten.katalog.chart.ChartRules}, the one place that says which data no size of
 * drawing can show (no values, too many, negative, nothing above 0, empty or repeated labels). The
 * registry reports these as located errors naming the chart; {@code draw} refuses such data and
 * checks only what depends on its fonts and the room (characters the font lacks, labels that do not
 * fit).
 */
package dk.skoletjenesten.katalog.chart;
