/**
 * Finishing: turns a rendered PDF into the file the printer gets. Entry point: {@link
 * dk.skoletjenesten.katalog.finishing.PdfFinisher}, configured by a {@link
 * dk.skoletjenesten.katalog.finishing.FinishingSpec}.
 *
 * <ul>
 *   <li>Page boxes: the input page (trim + 2 x bleed, as Flying Saucer makes it) becomes the
 *       BleedBox, the TrimBox lies the bleed inside it; MediaBox = BleedBox, or, with crop marks,
 *       grown outwards (negative origin) to hold 0.25 pt marks in the registration colour
 *       (Separation {@code All}), 3 mm (at least the bleed) off the trim, 5 mm long.
 *   <li>PDF/X-4 (default): one {@code GTS_PDFX} output intent for FOGRA39 with the embedded {@code
 *       ISO Coated v2 300% (basICColor)} profile (zlib licence, see the LICENCE file next to it),
 *       Info and XMP {@code GTS_PDFXVersion}, {@code Trapped False}, PDF 1.6.
 *   <li>PDF/X-1a:2001 (option): Info {@code GTS_PDFXVersion PDF/X-1:2001} and {@code
 *       GTS_PDFXConformance PDF/X-1a:2001}, PDF 1.3, no XMP; refused when the input holds
 *       transparency or colour other than DeviceCMYK, DeviceGray and spot colour.
 *   <li>FOGRA51: no redistributable PSO Coated v3 profile exists here. PDF/X-4 must embed its
 *       output profile, so PDF/X-4 + FOGRA51 is refused when the spec is made; PDF/X-1a may name a
 *       registered condition by its identifier alone and is written that way.
 *   <li>Always: JavaScript and script triggers removed, encryption removed (a user password is
 *       refused), dates from the spec, document {@code /ID} and XMP identifiers derived from a hash
 *       of input and spec, classic cross-reference table without object streams: the same input and
 *       spec give the same bytes.
 * </ul>
 */
package dk.skoletjenesten.katalog.finishing;
