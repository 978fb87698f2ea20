/**
 * What changed since the last proof: compares two bundles, reading only their folders.
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link dk.skoletjenesten.katalog.changes.RegistrySnapshot#json RegistrySnapshot.json} gives
 *       a bundle's {@code registry.json}: the data it was made from, canonical, keyed by id. The
 *       manifest carries its SHA-256 as {@code data_sha256}.
 *   <li>{@link dk.skoletjenesten.katalog.changes.BundleComparison#compare BundleComparison.compare}
 *       compares two bundles and gives {@link dk.skoletjenesten.katalog.changes.Changes}: {@code
 *       json()}, {@code html()}, {@code images()} and {@code files()} (all of them by path).
 *   <li>{@link dk.skoletjenesten.katalog.changes.ChangesWriter#write ChangesWriter.write} writes
 *       them into a folder of their own without overwriting anything katalog did not write.
 * </ul>
 *
 * <p>A bundle must have {@code manifest.json} with {@code data_sha256}, {@code revision} and, for
 * every PDF in {@code files}, {@code page_hashes}: one {@code {"render", "text"}} per page in page
 * order; {@code registry.json}; and a proof {@code proofs/PUBLICATION/pNNN.png} (PUBLICATION is the
 * manifest path without {@code .pdf}, NNN the page number with at least three digits) for every
 * page that changed. Anything missing is a {@link
 * dk.skoletjenesten.katalog.changes.ComparisonProblem} naming the folder and what it lacks.
 *
 * <h2>How pages are compared</h2>
 *
 * A page at the same number with the same render hash is unchanged. A page whose text hash differs
 * from the old page at its number but equals an unpaired old page's elsewhere <em>moved</em> (from
 * the nearest such page). Any other page is <em>changed</em> (compared with the old page at its
 * number, when that page is not paired otherwise) or <em>added</em>; old pages left over are
 * <em>removed</em>. So a page inserted at 12 gives "added p. 12" and "moved from p. 12 to p. 13"
 * and so on, not a change of every later page. Moves are found only when the text hash leaves out
 * what a move changes (the folio, running heads that carry the page number). A changed page gets a
 * side-by-side image (old left, new right) with a red rectangle around each cluster of differing
 * pixels.
 *
 * <p>When the data digests differ, the snapshots are compared entry by entry and field by field,
 * and each added, removed or changed entry is looked for on the pages that differ (PDFBox text of
 * the PDFs, letters and digits only): 40 characters around where a text field's old and new values
 * first differ; the name or title when the entry was added or removed or its changed fields hold no
 * text (a changed text that no differing page prints finds no page).
 *
 * <h2>changes.json</h2>
 *
 * <pre>{@code
 * {
 *   "format": "katalog-changes/1",
 *   "old_revision": "2026-08-01", "new_revision": "2026-08-15",   (the manifests' "revision")
 *   "summary": {"text": "3 data changes, 4 pages changed in 2 publications, 17 pages moved",
 *               "data_changes", "pages_changed", "publications_with_changed_pages",
 *               "pages_moved", "pages_added", "pages_removed",
 *               "publications_added", "publications_removed"},            (numbers)
 *   "data": {
 *     "same": false,                       (true: equal data_sha256, nothing else was read)
 *     "places" | "offers" | "orders" | "articles" | "schools": {
 *       "changed": [{"id", "ref": "offer:ID", "label": "the title or name",
 *                    "fields": [{"field": "title", "old": JSON value, "new": JSON value}],
 *                    "pages": [{"path": "catalogue.pdf", "pages": [12], "removed_pages": []}]}],
 *       "added":   [{"id", "ref", "label", "pages"}],
 *       "removed": [{"id", "ref", "label", "pages"}]},
 *     "edition": [{"field", "old", "new"}]},
 *   "publications": [{                     (only those with a difference, by path)
 *     "path": "catalogue.pdf", "status": "changed" | "added" | "removed",
 *     "old_pages": 192, "new_pages": 193,
 *     "changed_pages": [{"page": 12, "image": "changes/catalogue/p012.png",
 *                        "regions": [{"x", "y", "width", "height"}], "data": ["offer:ID"]}],
 *     "moved_pages": [{"from": 12, "to": 13}],
 *     "added_pages": [{"page": 14, "data": []}],
 *     "removed_pages": [{"page": 30, "data": []}]}]
 * }
 * }</pre>
 *
 * Entry ids: places and offers by their id, orders as {@code insert:FILE} or {@code sticker:FILE}
 * (FILE relative to the data folder), articles by file, schools by municipality code. References
 * ({@code ref}, {@code data}) are {@code place:}, {@code offer:}, {@code order:}, {@code article:}
 * or {@code schools:} and the id. Page numbers are the new file's, except {@code removed_pages} and
 * a move's {@code from} (the old file's). Regions are in the proofs' pixels. Every list is sorted
 * (ids, paths, pages); the same two bundles give the same bytes.
 *
 * <p>changes.html shows the same: the summary line, the data changes as tables (old, new, the pages
 * they are on) and per publication the moves, added and removed pages and the changed pages' images
 * as {@code data:} URIs, with its CSS inline and no other resource.
 */
package dk.skoletjenesten.katalog.changes;
