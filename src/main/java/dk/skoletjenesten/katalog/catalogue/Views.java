package dk.skoletjenesten.katalog.catalogue;

import java.util.List;

/**
 * The values the catalogue templates print: what goes on which page, already formatted. Public only
 * so that the templates can read them; build them with {@link CatalogueBuilder}.
 */
public final class Views {
  private Views() {}

  /**
   * A place named somewhere (section page, index) with the anchor of its entry, for the page
   * number.
   */
  public record PlaceRef(String name, String anchor) {}

  /** A heading with the places under it: a type on a section page, a subject in an index. */
  public record PlaceGroup(String heading, List<PlaceRef> places) {
    public PlaceGroup {
      places = List.copyOf(places);
    }
  }

  public record OfferLine(
      String title,
      String audience,
      String topics,
      String duration,
      String price,
      String priceNote,
      boolean isNew) {}

  /** One institution: its facts and its offers, split so that the head keeps its first lines. */
  public record Entry(
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
      String qrSrc,
      String logoSrc,
      boolean partner,
      List<OfferLine> firstOffers,
      List<OfferLine> middleOffers,
      List<OfferLine> lastOffers) {
    public Entry {
      firstOffers = List.copyOf(firstOffers);
      middleOffers = List.copyOf(middleOffers);
      lastOffers = List.copyOf(lastOffers);
    }

    public int offerCount() {
      return firstOffers.size() + middleOffers.size() + lastOffers.size();
    }
  }

  public record SectionPart(
      String key,
      int number,
      String anchor,
      String title,
      int placeCount,
      int offerCount,
      List<PlaceGroup> leftGroups,
      List<PlaceGroup> rightGroups,
      List<Entry> entries) {
    public SectionPart {
      leftGroups = List.copyOf(leftGroups);
      rightGroups = List.copyOf(rightGroups);
      entries = List.copyOf(entries);
    }
  }

  public record ArticlePart(
      String anchor, String title, String author, String imageSrc, String html) {}

  public record IndexPart(String anchor, String title, String intro, List<PlaceGroup> groups) {
    public IndexPart {
      groups = List.copyOf(groups);
    }
  }

  /** Front matter facts: cover, colophon and welcome page. */
  public record Front(
      String title,
      String subtitle,
      String schoolYear,
      String portalUrl,
      String portalHost,
      String portalQrSrc,
      String publisherName,
      String publisherAddress,
      String publisherEmail,
      String copies,
      int year,
      int placeCount,
      int offerCount,
      int municipalityCount) {}
}
