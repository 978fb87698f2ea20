/**
 * The screen edition: turns the PDF Flying Saucer rendered for print (pages trim + bleed large,
 * colours in DeviceCMYK, link annotations and bookmarks as the layouts made them) into the file
 * readers open on the portal and ISSUU: pages cropped to the trim, every colour and image in RGB,
 * images at screen resolution, links and bookmarks kept, title and language set, no PDF/X keys. The
 * one entry point is {@link dk.skoletjenesten.katalog.screen.ScreenFinisher}.
 */
package dk.skoletjenesten.katalog.screen;
