package dk.skoletjenesten.katalog.registry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A municipality's order for a local insert (orders/inserts/NAME.json). {@code copies}, {@code
 * headline}, {@code intro}, {@code contact}, {@code logo} and {@code trim} may be null: the insert
 * then uses the defaults (copies from schools.csv, a computed headline, A5).
 */
public record InsertOrder(
    String file,
    int municipality,
    Integer copies,
    String headline,
    String intro,
    Contact contact,
    boolean includeLocated,
    List<String> includeInstitutions,
    List<String> includeOffers,
    List<String> excludeOffers,
    String logo,
    TrimSize trim) {

  public InsertOrder {
    includeInstitutions = List.copyOf(includeInstitutions);
    includeOffers = List.copyOf(includeOffers);
    excludeOffers = List.copyOf(excludeOffers);
  }

  public OptionalInt findCopies() {
    return copies == null ? OptionalInt.empty() : OptionalInt.of(copies);
  }

  public Optional<String> findHeadline() {
    return Optional.ofNullable(headline);
  }
}
