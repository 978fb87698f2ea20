package dk.skoletjenesten.katalog.format;

import dk.skoletjenesten.katalog.registry.Offer;
import java.util.List;

/**
 * How an offer prints in every publication, already formatted: title, teaser, audience, subjects
 * and themes, duration and price the Danish way. {@code teaser} and {@code priceNote} may be null.
 * {@code topics} joins the subjects and themes with commas; {@code topicList} holds them one by
 * one, for layouts that must separate names that contain commas themselves ("Kultur, æstetik og
 * fællesskab").
 */
public record OfferView(
    String title,
    String teaser,
    String audience,
    String topics,
    String duration,
    String price,
    String priceNote,
    boolean isNew,
    List<String> topicList) {

  /** The width of the "Nyt" mark before a new offer's title, in characters of the teaser. */
  static final int NEW_MARK_CHARS = 6;

  public OfferView {
    topicList = List.copyOf(topicList);
  }

  /** An offer whose topics are the one text {@code topics} (or none when it is empty). */
  public OfferView(
      String title,
      String teaser,
      String audience,
      String topics,
      String duration,
      String price,
      String priceNote,
      boolean isNew) {
    this(
        title,
        teaser,
        audience,
        topics,
        duration,
        price,
        priceNote,
        isNew,
        topics.isEmpty() ? List.of() : List.of(topics));
  }

  public static OfferView of(Offer offer) {
    List<String> topics = OfferFormat.topicList(offer).stream().map(PrintText::clean).toList();
    return new OfferView(
        PrintText.clean(offer.title()),
        PrintText.clean(offer.teaser()),
        OfferFormat.audience(offer),
        String.join(", ", topics),
        OfferFormat.duration(offer.durationMinutes()),
        OfferFormat.price(offer.priceDkk()),
        PrintText.clean(offer.priceNote()),
        offer.isNew(),
        topics);
  }

  /** The subjects and themes joined with {@code separator}, e.g. {@code " · "}. */
  public String topicsJoined(String separator) {
    return String.join(separator, topicList);
  }

  /**
   * The teaser run in after the title: title, a space and teaser together in at most {@code
   * totalChars} characters, the teaser at least {@code minChars} ({@link PrintText#shorten}); empty
   * when the offer has none.
   */
  public String teaserAfterTitle(int totalChars, int minChars) {
    int newMark = isNew ? NEW_MARK_CHARS : 0;
    return teaserWithin(Math.max(minChars, totalChars - title.length() - 1 - newMark));
  }

  /**
   * The teaser in at most {@code maxChars} characters ({@link PrintText#shorten}); empty when the
   * offer has none.
   */
  public String teaserWithin(int maxChars) {
    return teaser == null ? "" : PrintText.shorten(teaser, maxChars);
  }
}
