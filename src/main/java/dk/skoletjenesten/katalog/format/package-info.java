/**
 * The view layer shared by the publication models ({@code catalogue}, {@code insert}, next the
 * annual report): how registry data prints. A place prints as a {@link
 * dk.skoletjenesten.katalog.format.PlaceView} and an offer as an {@link
 * dk.skoletjenesten.katalog.format.OfferView} (grades, duration and price the Danish way); the
 * Danish locale, collation, numbers and plurals are {@link
 * dk.skoletjenesten.katalog.format.Danish}; hosts and cleaned data text {@link
 * dk.skoletjenesten.katalog.format.PrintText}; CSS lengths {@link
 * dk.skoletjenesten.katalog.format.Css}; Markdown as XHTML {@link
 * dk.skoletjenesten.katalog.format.Markdown}. QR codes and images are logical {@link
 * dk.skoletjenesten.katalog.format.Artwork}, which the template boundary hands to the {@code pdf}
 * package to name.
 */
package dk.skoletjenesten.katalog.format;
