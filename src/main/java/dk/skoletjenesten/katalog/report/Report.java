package dk.skoletjenesten.katalog.report;

/**
 * A laid-out annual report, not yet finished for print: the saddle-stitched booklet as one PDF
 * (every page trim + bleed with TrimBox and BleedBox set), its page count (a multiple of 4), its
 * trim, title and copies.
 */
public record Report(
    byte[] pdf, int pageCount, double trimWidthMm, double trimHeightMm, String title, int copies) {}
