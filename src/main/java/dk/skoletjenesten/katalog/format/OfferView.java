package dk.skoletjenesten.katalog.format;

import dk.skoletjenesten.katalog.registry.Offer;

/**
 * How an offer prints in every publication, already formatted: title, teaser, audience, subjects
 * and themes, duration and price the Danish way. {@code teaser} and {@code priceNote} may be null.
 */
public record OfferView(
    String title,
    String teaser,
    String audience,
    String topics,
    String duration,
    String price,
    String priceNote,
    boolean isNew) {

  public static OfferView of(Offer offer) {
    return new OfferView(
        PrintText.clean(offer.title()),
        PrintText.clean(offer.teaser()),
        OfferFormat.audience(offer),
        OfferFormat.topics(offer),
        OfferFormat.duration(offer.durationMinutes()),
        OfferFormat.price(offer.priceDkk()),
        PrintText.clean(offer.priceNote()),
        offer.isNew());
  }
}
