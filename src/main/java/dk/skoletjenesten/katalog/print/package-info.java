/**
 * The print vocabulary, plain values shared by every stage and free of PDF libraries: the PDF/X
 * {@link dk.skoletjenesten.katalog.print.PrintStandard}, the printing {@link
 * dk.skoletjenesten.katalog.print.OutputCondition} (with its ink limit), the {@link
 * dk.skoletjenesten.katalog.print.PageCountRule}, and the {@link
 * dk.skoletjenesten.katalog.print.Product} table, whose rows say how each product is printed
 * (bleed, safe zone, page count, spot colours, crop marks, standard). A row resolved against the
 * edition's print settings is a {@link dk.skoletjenesten.katalog.print.PrintRules}, from which
 * finishing and preflight are configured. A new product is one row of that table.
 */
package dk.skoletjenesten.katalog.print;
