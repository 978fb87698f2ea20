package dk.skoletjenesten.katalog.report;

import dk.skoletjenesten.katalog.pdf.RenderedXhtml;

/**
 * A laid-out annual report, not yet finished for print: the saddle-stitched booklet as one PDF
 * (every page trim + bleed with TrimBox and BleedBox set), its page count (a multiple of 4), its
 * trim, title, copies and the XHTML it was rendered from.
 */
public record Report(
    byte[] pdf,
    int pageCount,
    double trimWidthMm,
    double trimHeightMm,
    String title,
    int copies,
    RenderedXhtml xhtml) {}
