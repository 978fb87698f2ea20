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
 * <p>Layout checks read the page's text as PageText gathers it (runs of glyphs, lines, fills and
 * images). Always, as errors: {@code clip} (ClippedTextCheck: glyphs cut by a clipping path, a line
 * run out of its column), {@code print} (UnprintedTextCheck: text outside every clip, or in the
 * colour under it) and {@code overlap} (OverlapCheck: words printed over words). With a {@link
 * dk.skoletjenesten.katalog.preflight.PreflightProfile.Layout}, as warnings: {@code live-area}
 * (LiveAreaCheck), and on text pages {@code fill} (FillCheck: below 5 % of the live area, unless
 * ruled for notes), {@code heading} (RepeatedHeadingCheck), {@code keep} (KeepWithNextCheck: a
 * heading or header as the last line of its column) and {@code index} (NumberLineCheck: an index
 * line holding only a number). Positions in their messages are millimetres right of and below the
 * trim's top left corner: {@code at 23.4, 45.1 mm}. A heading is a line in a black face (Lato
 * Black, weight 800 or more) at body size or larger, or in a bold face at 1.6 times the body size;
 * the body size is the size most of the page's glyphs are set in.
 *
 * <p>Page content is interpreted once per page by PageWalker (a PDFBox graphics stream engine that
 * follows form XObjects, annotation appearances, Type3 glyphs and tiling patterns), which tells
 * every page check what is painted where. Total ink is measured on a 36 dpi CMYK raster painted
 * from the content's own CMYK values (PDFBox renders only RGB).
 */
package dk.skoletjenesten.katalog.preflight;
