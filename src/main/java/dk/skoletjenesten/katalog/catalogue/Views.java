package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Css;
import dk.skoletjenesten.katalog.format.OfferView;
import dk.skoletjenesten.katalog.format.PlaceView;
import dk.skoletjenesten.katalog.registry.StickerOrder;
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
   * One institution's entry: the place with all its offers, split so that the head keeps its first
   * {@value #KEEP_WITH_HEAD} offer lines and the last {@value #KEEP_AT_END} lines never part.
   */
  public record Entry(PlaceView place) {
    static final int KEEP_WITH_HEAD = 2;
    static final int KEEP_AT_END = 2;

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

  /**
   * An article: its opening (the photo cropped into {@code imageBox}, the title, the author and the
   * standfirst, which is the text's first paragraph) and the rest of its text. {@code author},
   * {@code image}, {@code imageBox} and {@code standfirst} may be null.
   */
  public record ArticlePart(
      String anchor,
      String title,
      String author,
      Artwork image,
      ImageBox imageBox,
      String standfirst,
      String html) {
    /** The same article with its photo cropped into {@code box}. */
    ArticlePart withImageBox(ImageBox box) {
      return new ArticlePart(anchor, title, author, image, box, standfirst, html);
    }
  }

  /**
   * A photo cropped to fill a frame {@code widthMm} x {@code heightMm}, centred: the picture is
   * scaled to cover the frame ({@code imageWidthMm} x {@code imageHeightMm}) and shifted by {@code
   * offsetXMm}, {@code offsetYMm} (zero or negative) so that the frame shows its middle.
   */
  public record ImageBox(
      double widthMm,
      double heightMm,
      double imageWidthMm,
      double imageHeightMm,
      double offsetXMm,
      double offsetYMm) {
    /** The frame {@code widthMm} x {@code heightMm} filled from a picture of {@code aspect}. */
    static ImageBox cover(double widthMm, double heightMm, double aspect) {
      double scaledHeight = widthMm / aspect;
      double imageWidth = scaledHeight >= heightMm ? widthMm : heightMm * aspect;
      double imageHeight = imageWidth / aspect;
      return new ImageBox(
          widthMm,
          heightMm,
          round(imageWidth),
          round(imageHeight),
          round((widthMm - imageWidth) / 2),
          round((heightMm - imageHeight) / 2));
    }

    /** The frame's CSS. */
    public String frameStyle() {
      return "height: " + Css.mm(heightMm) + ";";
    }

    /** The picture's CSS inside the frame. */
    public String imageStyle() {
      return "width: "
          + Css.mm(imageWidthMm)
          + "; height: "
          + Css.mm(imageHeightMm)
          + "; margin-left: "
          + Css.mm(offsetXMm)
          + "; margin-top: "
          + Css.mm(offsetYMm)
          + ";";
    }

    private static double round(double mm) {
      return Math.round(mm * 10) / 10.0;
    }
  }

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

  /**
   * Front matter facts: title page, colophon, welcome page and the covers. {@code publisherPhone},
   * {@code printer}, {@code paper} and {@code issn} are null when the edition gives none; {@code
   * funders} may be empty. {@code selfCover} is true for a saddle-stitched book, whose first page
   * is its front cover.
   */
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
      String publisherPhone,
      String copies,
      int year,
      int placeCount,
      int offerCount,
      int municipalityCount,
      String printer,
      String paper,
      String issn,
      List<String> funders,
      boolean selfCover,
      StickerArea stickerArea) {
    public Front {
      funders = List.copyOf(funders);
    }

    /** The funders as Danish prose: {@code A, B og C}; empty when there are none. */
    public String fundersText() {
      if (funders.size() < 2) {
        return String.join("", funders);
      }
      return String.join(", ", funders.subList(0, funders.size() - 1))
          + " og "
          + funders.get(funders.size() - 1);
    }
  }

  /**
   * The quiet area of the front cover where a municipality sticks its sticker: the largest ordered
   * sticker and {@value #MARGIN_MM} mm around it, {@link #DEFAULT} when no sticker is ordered.
   */
  public record StickerArea(double widthMm, double heightMm) {
    static final double MARGIN_MM = 5;
    static final StickerArea DEFAULT = new StickerArea(70, 70);

    /**
     * The area for the largest of {@code orders}, at most {@code maxWidthMm} x {@code maxHeightMm}.
     */
    static StickerArea forOrders(List<StickerOrder> orders, double maxWidthMm, double maxHeightMm) {
      if (orders.isEmpty()) {
        return DEFAULT;
      }
      double width = orders.stream().mapToDouble(StickerOrder::widthMm).max().orElseThrow();
      double height = orders.stream().mapToDouble(StickerOrder::heightMm).max().orElseThrow();
      return new StickerArea(
          Math.min(maxWidthMm, width + 2 * MARGIN_MM),
          Math.min(maxHeightMm, height + 2 * MARGIN_MM));
    }

    public String width() {
      return Css.mm(widthMm);
    }

    public String height() {
      return Css.mm(heightMm);
    }
  }
}
