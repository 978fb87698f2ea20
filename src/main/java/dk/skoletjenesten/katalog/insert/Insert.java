package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.pdf.RenderedXhtml;

/**
 * A laid-out municipality insert, not yet finished for print: the PDF (every page trim + bleed with
 * TrimBox and BleedBox set), its page count (4, 8, 12 or 16), the trim in millimetres, the copies
 * to print, the headline it carries and the XHTML it was rendered from.
 */
public record Insert(
    byte[] pdf,
    int pageCount,
    double trimWidthMm,
    double trimHeightMm,
    int copies,
    String headline,
    RenderedXhtml xhtml) {}
