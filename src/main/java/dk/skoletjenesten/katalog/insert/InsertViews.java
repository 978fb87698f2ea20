package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.OfferView;
import dk.skoletjenesten.katalog.format.PlaceView;
import java.util.List;

/**
 * The values the insert templates print, already formatted. Places and offers print through the
 * shared {@link PlaceView} and {@link OfferView}. Public only so that the templates can read them;
 * build them with {@link InsertBuilder}.
 */
public final class InsertViews {
  private InsertViews() {}

  /** Front page, welcome page and back page facts. Contact parts and the logo may be null. */
  public record Front(
      String headline,
      String municipality,
      String schoolYear,
      String portalUrl,
      String portalHost,
      Artwork qr,
      boolean municipalitySite,
      String nationalHost,
      Artwork logo,
      String introHtml,
      String contactName,
      String contactEmail,
      String contactPhone,
      String publisherName,
      String publisherAddress,
      String publisherEmail,
      int placeCount,
      int offerCount) {

    public boolean hasContact() {
      return contactName != null || contactEmail != null || contactPhone != null;
    }
  }

  /** The places of one catalogue section, in print order. */
  public record SectionGroup(int number, String title, String anchor, List<PlaceView> places) {
    public SectionGroup {
      places = List.copyOf(places);
    }

    public int offerCount() {
      return places.stream().mapToInt(p -> p.offers().size()).sum();
    }
  }
}
