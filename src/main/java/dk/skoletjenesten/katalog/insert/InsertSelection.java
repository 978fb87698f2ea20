package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Offer;
import java.util.List;

/**
 * The places and offers one municipality's insert shows, in print order: institutions by section
 * (catalogue order), then name; each with its selected offers in data order.
 */
public record InsertSelection(List<Place> places) {

  public InsertSelection {
    places = List.copyOf(places);
  }

  public int placeCount() {
    return places.size();
  }

  public int offerCount() {
    return places.stream().mapToInt(p -> p.offers().size()).sum();
  }

  public boolean isEmpty() {
    return places.isEmpty();
  }

  /** An institution and the offers of it that the insert shows. */
  public record Place(Institution institution, List<Offer> offers) {
    public Place {
      offers = List.copyOf(offers);
    }
  }
}
