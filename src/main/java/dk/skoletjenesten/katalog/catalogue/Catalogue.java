package dk.skoletjenesten.katalog.catalogue;

import java.util.Optional;

/**
 * A laid-out catalogue, not yet finished for print: the interior PDF (page 1 is the first page;
 * every page is trim + bleed with TrimBox and BleedBox set), its page count and, for perfect
 * binding, the cover spread (back + spine + front, with bleed) and the spine width.
 */
public record Catalogue(
    byte[] interiorPdf, int pageCount, Optional<byte[]> coverPdf, double spineWidthMm) {}
