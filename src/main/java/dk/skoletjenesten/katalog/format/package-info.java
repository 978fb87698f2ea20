/**
 * How registry data prints, shared by the publication models ({@code catalogue}, {@code insert}):
 * an offer's grades, duration and price the Danish way ({@link
 * dk.skoletjenesten.katalog.format.OfferFormat}), Markdown as XHTML ({@link
 * dk.skoletjenesten.katalog.format.Markdown}) and cleaned data text ({@link
 * dk.skoletjenesten.katalog.format.PrintText}).
 */
package dk.skoletjenesten.katalog.format;
