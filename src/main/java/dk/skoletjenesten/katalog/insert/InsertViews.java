package dk.skoletjenesten.katalog.insert;

import java.util.ArrayList;
import java.util.List;

/**
 * The values the insert templates print, already formatted. Public only so that the templates can
 * read them; build them with {@link InsertBuilder}.
 */
public final class InsertViews {
  private InsertViews() {}

  /** Front page, welcome page and back page facts. Contact parts and the logo may be null. */
  public record Front(
      String headline, String municipality, String schoolYear, String portalUrl, String portalHost, String qrSrc,
      boolean municipalitySite, String nationalHost, String logoSrc, String introHtml, String contactName,
      String contactEmail, String contactPhone, String publisherName, String publisherAddress, String publisherEmail,
      int placeCount, int offerCount) {

    public boolean hasContact() {
      return contactName != null || contactEmail != null || contactPhone != null;
    }
  }

  public record OfferView(
      String title, String teaser, String audience, String topics, String duration, String price, String priceNote,
      boolean isNew) {}

  /** A place and its selected offers. {@code phone}, {@code email} and {@code description} may be null. */
  public record Place(
      String anchor, String name, String type, String street, String postcodeCity, String phone, String email,
      String urlText, String qrSrc, String description, boolean partner, List<OfferView> offers) {
    public Place {
      offers = List.copyOf(offers);
    }
  }

  /** Two places side by side in the dense layout; {@code right} is null in a last odd row. */
  public record Row(Place left, Place right) {}

  /** The places of one catalogue section, in print order. */
  public record SectionGroup(int number, String title, String anchor, List<Place> places) {
    public SectionGroup {
      places = List.copyOf(places);
    }

    public int offerCount() {
      return places.stream().mapToInt(p -> p.offers().size()).sum();
    }

    /** The places two by two, read left to right and then down. */
    public List<Row> rows() {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < places.size(); i += 2) {
        rows.add(new Row(places.get(i), i + 1 < places.size() ? places.get(i + 1) : null));
      }
      return rows;
    }
  }
}
