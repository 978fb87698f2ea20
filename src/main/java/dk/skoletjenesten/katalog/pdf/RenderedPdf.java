package dk.skoletjenesten.katalog.pdf;

/** A rendered, unfinished PDF and its number of pages. */
public record RenderedPdf(byte[] bytes, int pageCount) {}
