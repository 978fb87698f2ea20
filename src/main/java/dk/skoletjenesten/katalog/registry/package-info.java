/**
 * Reads and validates a data folder (the data contract, data-format.md): {@link
 * dk.skoletjenesten.katalog.registry.RegistryReader} is the entry point, {@link
 * dk.skoletjenesten.katalog.registry.Registry} what the publications are made from.
 *
 * <p>{@code RegistryParts.read} calls one reader per file or table of the contract; every problem
 * becomes a diagnostic, so one run finds all of them. {@code RegistryValidator} then checks what
 * spans files (unique ids, references, images, orders), and a registry is built only when there is
 * no error. All readers share three pieces:
 *
 * <ul>
 *   <li>{@code TableReader}: a table, {@code NAME.csv} or (where allowed) {@code NAME.json};
 *   <li>{@code JsonObjectReader}: a JSON object, a whole file (edition.json, report.json, an order)
 *       or nested in one;
 *   <li>{@code Fields}: the typed values of one row or object. A {@code required*} value that is
 *       missing or invalid rejects the row and {@code build} then makes no record; optional values
 *       are {@code Optional}; a word of a fixed set ({@code "perfect"}, {@code "PDF/X-4"}) is
 *       looked up through a {@code Words} constant over its enum.
 * </ul>
 *
 * <h2>Adding a table</h2>
 *
 * <ol>
 *   <li>A public record for one row, in this package; document which parts may be null and give
 *       them {@code find*} accessors.
 *   <li>A {@code NameReader} holding a {@code TableReader} constant: the file name without its
 *       extension, relative to the data folder (e.g. {@code "annual-report/partners"}), the
 *       required and optional columns, CSV only or CSV or JSON, and a function from one row's
 *       {@code Fields} to the record that reads every value with a required, optional or defaulted
 *       accessor and ends with {@code f.build(() -> new Name(...))}.
 *   <li>A component of {@code RegistryParts} and its line in {@code RegistryParts.read}; an
 *       accessor on {@code Registry}.
 *   <li>Checks across files in {@code RegistryValidator}: {@code unique(table.items(), Name::id)},
 *       references against {@code table.declared("id")} (only when {@code table.loaded()}, so that
 *       one mistake gives one message).
 *   <li>Every new message pinned in {@code RegistryValidationTest}; the columns in the contract.
 * </ol>
 *
 * <h2>Adding a list or an object to a JSON file</h2>
 *
 * <p>A {@code JsonObjectReader} constant with the object's keys and a function from its {@code
 * Fields} to the record, read with {@code f.objects("channels", CHANNEL)} for a list of them or
 * {@code f.object("contact", CONTACT)} for one (see {@code AnnualReportReader}).
 */
package dk.skoletjenesten.katalog.registry;
