package dk.skoletjenesten.katalog.registry;

/** A value read from a data file, with the row it came from, for messages about it later. */
record Located<T>(T value, Row row) {}
