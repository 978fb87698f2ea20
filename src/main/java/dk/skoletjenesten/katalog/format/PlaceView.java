package dk.skoletjenesten.katalog.format;

import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.Municipality;
import dk.skoletjenesten.katalog.registry.Offer;
import java.util.ArrayList;
import java.util.List;

/**
 * How a place (an institution) prints in every publication: its facts, its QR code and logo, and
 * the offers a publication shows of it, in data order. {@code anchor} is the id its page number
 * links point at. {@code description}, {@code phone}, {@code email} and {@code logo} may be null.
 * {@code href} is the address a screen edition links the web address to: the place's URL when it is
 * {@code https:}, else null (an {@code http:} address stays plain text).
 */
public record PlaceView(
    String anchor,
    String name,
    String type,
    String municipality,
    String street,
    String postcodeCity,
    String description,
    String phone,
    String email,
    String urlText,
    String href,
    Artwork qr,
    Artwork logo,
    boolean partner,
    List<OfferView> offers) {

  public PlaceView {
    offers = List.copyOf(offers);
  }

  /** {@code institution} with {@code offers} (some or all of its own). */
  public static PlaceView of(
      Institution institution, Municipality municipality, List<Offer> offers) {
    return new PlaceView(
        anchorOf(institution),
        PrintText.clean(institution.name()),
        PrintText.clean(institution.type().label()),
        municipality.name(),
        PrintText.clean(institution.street()),
        institution.postcode() + " " + PrintText.clean(institution.city()),
        PrintText.clean(institution.description()),
        PrintText.clean(institution.phone()),
        institution.email(),
        PrintText.host(institution.url()),
        linkable(institution.url()),
        Artwork.qrCode(institution.url()),
        institution.findLogo().map(Artwork::image).orElse(null),
        institution.partner(),
        offers.stream().map(OfferView::of).toList());
  }

  /** {@code url} when a screen edition may link it ({@code https:}), else null. */
  static String linkable(String url) {
    return url != null && url.regionMatches(true, 0, "https://", 0, "https://".length())
        ? url
        : null;
  }

  /** The {@code mailto:} link of the place's e-mail address, or null when it has none. */
  public String mailto() {
    return email == null || email.isBlank() ? null : "mailto:" + email;
  }

  /** The id of the place's entry: {@code i-} and the institution's id. */
  public static String anchorOf(Institution institution) {
    return "i-" + institution.id();
  }

  /** The offers {@code perRow} side by side, read left to right; the last row may hold fewer. */
  public List<List<OfferView>> offerRows(int perRow) {
    List<List<OfferView>> rows = new ArrayList<>();
    for (int i = 0; i < offers.size(); i += perRow) {
      rows.add(offers.subList(i, Math.min(i + perRow, offers.size())));
    }
    return rows;
  }
}
