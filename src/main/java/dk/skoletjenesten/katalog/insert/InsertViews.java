package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.OfferView;
import dk.skoletjenesten.katalog.format.PlaceView;
import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * One offer as a card of the dense layout; the first card of a place carries the place's header,
   * the later ones name the place quietly.
   */
  public record Card(PlaceView place, OfferView offer, boolean first) {}

  /**
   * One row of cards side by side in the dense layout: {@code columns} slots, the last row may hold
   * fewer cards.
   */
  public record CardRow(List<Card> cards, int columns) {
    public CardRow {
      cards = List.copyOf(cards);
      if (cards.isEmpty() || cards.size() > columns) {
        throw new IllegalArgumentException(
            "a row of "
                + columns
                + " columns holds 1 to "
                + columns
                + " cards, got "
                + cards.size());
      }
    }

    /** The cells of the row, left to right: the cards, then null for each empty slot. */
    public List<Card> slots() {
      List<Card> slots = new ArrayList<>(cards);
      while (slots.size() < columns) {
        slots.add(null);
      }
      return Collections.unmodifiableList(slots);
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

    /**
     * The offers as cards {@code columns} side by side (two on A5, three on A4), read left to right
     * and then down. Cards are small and of similar height, so rows waste little space and page
     * breaks fall between offers.
     */
    public List<CardRow> cardRows(int columns) {
      List<Card> cards = new ArrayList<>();
      for (PlaceView place : places) {
        for (int i = 0; i < place.offers().size(); i++) {
          cards.add(new Card(place, place.offers().get(i), i == 0));
        }
      }
      List<CardRow> rows = new ArrayList<>();
      for (int i = 0; i < cards.size(); i += columns) {
        rows.add(new CardRow(cards.subList(i, Math.min(i + columns, cards.size())), columns));
      }
      return rows;
    }
  }
}
