package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Css;
import dk.skoletjenesten.katalog.format.OfferView;
import dk.skoletjenesten.katalog.format.PlaceView;
import java.util.List;

/**
 * The values the catalogue templates print: what goes on which page, already formatted. Places and
 * offers print through the shared {@link PlaceView} and {@link OfferView}. Public only so that the
 * templates can read them; build them with {@link CatalogueBuilder}.
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

  /**
   * One institution's entry: the place with all its offers, and {@code groupHead}, the name of its
   * place type when it is the first entry of that type in its section (else null). An entry
   * estimated at most {@value #KEEP_WHOLE_MM} mm tall (about a third of a page) is kept whole; a
   * longer one splits between offer rows only, keeping the first {@value #KEEP_WITH_HEAD} rows with
   * its head and the last {@value #KEEP_AT_END} rows together.
   */
  public record Entry(PlaceView place, String groupHead) {
    static final int KEEP_WITH_HEAD = 2;
    static final int KEEP_AT_END = 2;
    static final double KEEP_WHOLE_MM = 85;

    /** The estimate: kicker, name and gaps; facts at least a QR code high; rows with teasers. */
    static final double HEAD_MM = 14;

    static final double FACTS_MIN_MM = 19;
    static final double FACTS_WITH_LOGO_MM = 37;
    static final double DESCRIPTION_CHARS_PER_LINE = 62;
    static final double DESCRIPTION_LINE_MM = 4.2;
    static final double OFFER_MM = 9.5;

    /**
     * Title and teaser run together in two lines of the title column: about this many characters.
     */
    static final int RUN_IN_CHARS = 100;

    /** A teaser is cut to no fewer characters than this, even under a long title. */
    static final int MIN_TEASER_CHARS = 40;

    public Entry(PlaceView place) {
      this(place, null);
    }

    public List<OfferView> firstOffers() {
      return place.offers().subList(0, head());
    }

    public List<OfferView> middleOffers() {
      return place.offers().subList(head(), tail());
    }

    public List<OfferView> lastOffers() {
      return place.offers().subList(tail(), offerCount());
    }

    public int offerCount() {
      return place.offers().size();
    }

    /** The teaser of {@code offer} as it runs in after the title, cut at a word boundary. */
    public String teaser(OfferView offer) {
      return offer.teaserAfterTitle(RUN_IN_CHARS, MIN_TEASER_CHARS);
    }

    /** Whether the entry is short enough to be kept on one page. */
    public boolean keptWhole() {
      return estimatedHeightMm() <= KEEP_WHOLE_MM;
    }

    /** A rough height: head, the taller of description and QR column, and the offer rows. */
    double estimatedHeightMm() {
      String description = place.description() == null ? "" : place.description();
      double text =
          Math.ceil(description.length() / DESCRIPTION_CHARS_PER_LINE) * DESCRIPTION_LINE_MM;
      double art = place.logo() == null ? FACTS_MIN_MM : FACTS_WITH_LOGO_MM;
      return HEAD_MM + Math.max(text, art) + offerCount() * OFFER_MM;
    }

    private int head() {
      return Math.min(KEEP_WITH_HEAD, offerCount());
    }

    private int tail() {
      return offerCount() - head() <= KEEP_AT_END ? head() : offerCount() - KEEP_AT_END;
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

  /** An article; {@code author} and {@code image} may be null. */
  public record ArticlePart(
      String anchor, String title, String author, Artwork image, String html) {}

  /**
   * One index at the back, by the key that names its title and intro in {@code
   * layouts/catalogue/indexes.html}.
   */
  public record IndexPart(String key, List<PlaceGroup> groups) {
    public IndexPart {
      groups = List.copyOf(groups);
    }

    public String anchor() {
      return "x-" + key;
    }
  }

  /**
   * The catalogue's page frame in millimetres: the margins from the trim that {@code parts.html}
   * sets on every page (the outer margin at the fore-edge, the inner one at the spine), and the
   * ruling of the notes pages in {@code tail.html}: lines {@code rulePitchMm} apart that fill the
   * height between the margins below {@code notesHeadMm} of title and hint.
   */
  public record PageFrame(
      double topMm,
      double outerMm,
      double bottomMm,
      double innerMm,
      double notesHeadMm,
      double rulePitchMm) {
    static final PageFrame CATALOGUE = new PageFrame(20, 14, 22, 20, 36, 9.5);

    /** The distance between the ruled lines, as CSS. */
    public String rulePitch() {
      return Css.mm(rulePitchMm);
    }

    /** The ruled lines of a notes page on a trim {@code trimHeightMm} high; at least one. */
    public int noteLines(double trimHeightMm) {
      double lined = trimHeightMm - (topMm + bottomMm) - notesHeadMm;
      return Math.max(1, (int) Math.floor(lined / rulePitchMm));
    }
  }

  /** Front matter facts: cover, colophon and welcome page. */
  public record Front(
      String title,
      String subtitle,
      String schoolYear,
      String portalUrl,
      String portalHost,
      Artwork portalQr,
      String publisherName,
      String publisherAddress,
      String publisherEmail,
      String copies,
      int year,
      int placeCount,
      int offerCount,
      int municipalityCount) {}
}
