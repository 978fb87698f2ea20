package dk.skoletjenesten.katalog.pdf;

/**
 * A rendered, unfinished PDF, its number of pages and the XHTML it was rendered from ({@link
 * RenderedXhtml}).
 */
public record RenderedPdf(byte[] bytes, int pageCount, RenderedXhtml xhtml) {}
