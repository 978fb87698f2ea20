/**
 * What the printer and the distribution need beyond the artwork: {@link
 * dk.skoletjenesten.katalog.delivery.PrintFacts} (how each file of the bundle is printed: colours,
 * paper, binding, standard, bleed, copies, finishing), the {@link
 * dk.skoletjenesten.katalog.delivery.PrintOrder} (print-order.pdf and print-order.json) and the
 * {@link dk.skoletjenesten.katalog.delivery.Distribution} (distribution.csv and
 * distribution-municipalities.csv for Danish Excel: who gets which catalogues, inserts and
 * stickers, whose totals equal each file's copies). Pure values; the bundle writer puts the bytes
 * in OUT.
 */
package dk.skoletjenesten.katalog.delivery;
