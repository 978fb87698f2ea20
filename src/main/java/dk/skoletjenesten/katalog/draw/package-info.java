/**
 * Drawing with PDFBox that more than one stage needs, kept in one room so that no other package but
 * {@code pdf}, {@code finishing}, {@code preflight} and {@code sticker} touches PDFBox: QR codes as
 * vector modules ({@link dk.skoletjenesten.katalog.draw.QrCode}, for the renderer's QR images and
 * the stickers), spot colours as Separation colour spaces ({@link
 * dk.skoletjenesten.katalog.draw.Separations}: crop marks' {@code All}, the die line's {@code
 * CutContour}), the title on a cover's spine ({@link dk.skoletjenesten.katalog.draw.SpineTitle},
 * called with plain values by the catalogue) and the test for JavaScript actions that finishing
 * removes and preflight reports ({@link dk.skoletjenesten.katalog.draw.PdfActions}).
 */
package dk.skoletjenesten.katalog.draw;
