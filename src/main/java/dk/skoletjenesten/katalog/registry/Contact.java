package dk.skoletjenesten.katalog.registry;

/** A contact person of an order; any part may be null. */
public record Contact(String name, String email, String phone) {}
