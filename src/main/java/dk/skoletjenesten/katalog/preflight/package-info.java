/**
 * Preflight: read-only checks of any PDF, the ones a printer's PitStop or pdfToolbox would run.
 * Entry point: {@link dk.skoletjenesten.katalog.preflight.Preflight}, configured by a {@link
 * dk.skoletjenesten.katalog.preflight.PreflightProfile}; results as {@link
 * dk.skoletjenesten.katalog.common.Diagnostic}s or a {@link
 * dk.skoletjenesten.katalog.preflight.PreflightReport} (text summary and JSON records).
 *
 * <p>Each check has its own class and its own field word in the messages: {@code boxes}
 * (BoxesCheck), {@code pages} (PageCountCheck), {@code font} (FontCheck), {@code glyph}
 * (GlyphCheck), {@code colour} (ColourCheck, TransparencyCheck for PDF/X-1a), {@code image}
 * (ImageCheck), {@code ink} (InkCheck), {@code safe-zone} (SafeZoneCheck), {@code pdfx} (PdfxCheck,
 * JavaScriptCheck), and {@code pdf} for a file or page that cannot be read.
 *
 * <p>Page content is interpreted once per page by PageWalker (a PDFBox graphics stream engine that
 * follows form XObjects, annotation appearances, Type3 glyphs and tiling patterns), which tells
 * every page check what is painted where. Total ink is measured on a 36 dpi CMYK raster painted
 * from the content's own CMYK values (PDFBox renders only RGB).
 */
package dk.skoletjenesten.katalog.preflight;
