package dk.skoletjenesten.katalog.registry;

import java.util.Optional;

/** An external learning environment. {@code phone}, {@code email}, {@code logo} may be null. */
public record Institution(
    String id,
    String name,
    Section section,
    InstitutionType type,
    String street,
    String postcode,
    String city,
    int municipality,
    String url,
    String phone,
    String email,
    String description,
    String logo,
    boolean partner) {

  public Optional<String> findLogo() {
    return Optional.ofNullable(logo);
  }
}
