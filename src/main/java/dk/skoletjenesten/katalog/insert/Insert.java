package dk.skoletjenesten.katalog.insert;

/**
 * A laid-out municipality insert, not yet finished for print: the PDF (every page trim + bleed with
 * TrimBox and BleedBox set), its page count (4, 8, 12 or 16), the trim in millimetres, the copies
 * to print and the headline it carries.
 */
public record Insert(
    byte[] pdf,
    int pageCount,
    double trimWidthMm,
    double trimHeightMm,
    int copies,
    String headline) {}
