package dk.skoletjenesten.katalog.changes;

/** One page's signature from a manifest: the hashes of its proof's pixels and of its text. */
record PageHash(String render, String text) {}
