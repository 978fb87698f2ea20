package dk.skoletjenesten.katalog.registry;

/** A school that receives {@code copies} catalogues. */
public record School(String id, String name, int municipality, int copies) {}
