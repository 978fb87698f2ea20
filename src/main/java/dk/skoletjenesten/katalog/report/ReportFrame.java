package dk.skoletjenesten.katalog.report;

import dk.skoletjenesten.katalog.format.Css;

/**
 * The report's page frame in millimetres from the trim, which {@code layouts/report/parts.html}
 * sets on every page: the margins (inner at the staples) and the side column left of the text
 * column, where headings start and pull quotes hang. Charts are as wide as the text column.
 */
public record ReportFrame(
    double topMm, double outerMm, double bottomMm, double innerMm, double sideMm) {
  static final ReportFrame A4 = new ReportFrame(22, 16, 24, 22, 22);
  static final ReportFrame SMALL = new ReportFrame(16, 12, 20, 16, 0);

  /** The frame for a trim {@code trimWidthMm} wide: A4 and wider, or a small format (A5). */
  static ReportFrame forWidth(double trimWidthMm) {
    return trimWidthMm >= 180 ? A4 : SMALL;
  }

  /** The width of the text column on a trim {@code trimWidthMm} wide. */
  public double columnWidthMm(double trimWidthMm) {
    return trimWidthMm - innerMm - outerMm - sideMm;
  }

  /** The side column as CSS. */
  public String side() {
    return Css.mm(sideMm);
  }
}
