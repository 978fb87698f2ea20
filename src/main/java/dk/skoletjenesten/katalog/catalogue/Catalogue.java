package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.pdf.RenderedXhtml;
import java.util.Optional;

/**
 * A laid-out catalogue, not yet finished for print: the interior PDF (page 1 is the first page;
 * every page is trim + bleed with TrimBox and BleedBox set), its page count and, for perfect
 * binding, the cover spread (back + spine + front, with bleed) and the spine width; how many times
 * the interior was laid out (the first layout that finds the sections included; 2 when the main
 * layout stood at once); and the XHTML the interior and the cover were rendered from (the spine
 * title is drawn on the cover's PDF after rendering, so it is not in the cover's XHTML).
 */
public record Catalogue(
    byte[] interiorPdf,
    int pageCount,
    Optional<byte[]> coverPdf,
    double spineWidthMm,
    int layouts,
    RenderedXhtml interiorXhtml,
    Optional<RenderedXhtml> coverXhtml) {}
