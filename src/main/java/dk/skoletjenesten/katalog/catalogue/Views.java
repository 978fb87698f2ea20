package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Css;
import dk.skoletjenesten.katalog.format.OfferView;
import dk.skoletjenesten.katalog.format.PlaceView;
import dk.skoletjenesten.katalog.registry.Section;
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
   * One institution's entry: the place with all its offers, and {@code groupHead}, the name of its
   * place type when it is the first entry of that type in its section (else null). An entry
   * estimated at most {@value #KEEP_WHOLE_MM} mm tall (about a fifth of a page) is kept whole; a
   * longer one splits between offer rows only, keeping the first {@value #KEEP_WITH_HEAD} rows with
   * its head and the last {@value #KEEP_AT_END} rows together.
   */
  public record Entry(PlaceView place, String groupHead) {
    static final int KEEP_WITH_HEAD = 2;
    static final int KEEP_AT_END = 2;
    static final double KEEP_WHOLE_MM = 55;

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

    /**
     * Title and teaser in one line of the title column (A4): about this many characters. An offer
     * whose other cells take one line each gets its teaser cut to this line, when at least {@value
     * #MIN_ONE_LINE_TEASER_CHARS} characters of it fit: the row is then one line high.
     */
    static final int ONE_LINE_CHARS = 50;

    static final int MIN_ONE_LINE_TEASER_CHARS = 20;

    /** The most characters of one line in the grade, topics, duration and price columns (A4). */
    static final int AUDIENCE_LINE_CHARS = 20;

    static final int TOPICS_LINE_CHARS = 23;
    static final int DURATION_LINE_CHARS = 8;
    static final int PRICE_LINE_CHARS = 12;
    static final int NEW_MARK_CHARS = 6;

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

    /**
     * The teaser of {@code offer} as it runs in after the title, cut at a word boundary: in the
     * title's line when the rest of the row takes one line (so the row does too), else in two.
     */
    public String teaser(OfferView offer) {
      int oneLine =
          ONE_LINE_CHARS - offer.title().length() - 1 - (offer.isNew() ? NEW_MARK_CHARS : 0);
      if (restOfRowInOneLine(offer) && oneLine >= MIN_ONE_LINE_TEASER_CHARS) {
        return offer.teaserWithin(oneLine);
      }
      return offer.teaserAfterTitle(RUN_IN_CHARS, MIN_TEASER_CHARS);
    }

    /** Whether the offer's grade, topics, duration and price each fit in one line. */
    static boolean restOfRowInOneLine(OfferView offer) {
      return chars(offer.audience()) <= AUDIENCE_LINE_CHARS
          && chars(offer.topicsJoined(" · ")) <= TOPICS_LINE_CHARS
          && chars(offer.duration()) <= DURATION_LINE_CHARS
          && chars(offer.price()) <= PRICE_LINE_CHARS
          && chars(offer.priceNote()) == 0;
    }

    private static int chars(String text) {
      return text == null ? 0 : text.strip().length();
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

  /**
   * A place in a section's overview: its name, the anchor of its entry (for the page number) and,
   * for each of {@link #STAGES} in order, whether the place has an offer for that stage.
   */
  public record OverviewPlace(String name, String anchor, List<Boolean> stages) {
    /** The stages of the overview's columns, in order: their keys in the data. */
    public static final List<String> STAGES =
        List.of("dagtilbud", "indskoling", "mellemtrin", "udskoling", "ungdomsuddannelse");

    public OverviewPlace {
      stages = List.copyOf(stages);
      if (stages.size() != STAGES.size()) {
        throw new IllegalArgumentException(
            "expected " + STAGES.size() + " stage marks, got " + stages.size());
      }
    }
  }

  /**
   * A type of place in a section's overview with its places; {@code continued} when the group began
   * at the foot of the column before.
   */
  public record OverviewGroup(String heading, boolean continued, List<OverviewPlace> places) {
    public OverviewGroup {
      places = List.copyOf(places);
    }
  }

  /**
   * A section: its opener spread (colour page with {@code image}, which may be null, and the
   * overview page, whose two columns hold the places by type; a large section's overview runs on
   * over more pages, {@code overviewPages} holds the columns of each) and its entries.
   */
  public record SectionPart(
      String key,
      int number,
      String anchor,
      String title,
      int placeCount,
      int offerCount,
      Artwork image,
      List<List<List<OverviewGroup>>> overviewPages,
      List<Entry> entries) {
    public SectionPart {
      overviewPages =
          overviewPages.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
      entries = List.copyOf(entries);
    }

    /** The columns of the overview's first page. */
    public List<List<OverviewGroup>> columns() {
      return overviewPages.get(0);
    }

    /** The anchor of the overview page, the right-hand page of the opener spread. */
    public String overviewAnchor() {
      return anchor + "-oversigt";
    }

    /**
     * Whether the overview is set dense (sections.css, .overview-dense): when its longer column
     * needs more than {@link Columns#DENSE_LINES} lines, long names would carry it onto a second
     * page.
     */
    public boolean overviewDense() {
      return overviewPages.size() > 1
          || columns().stream().mapToInt(Columns::lines).max().orElse(0) > Columns.DENSE_LINES;
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
   * One index at the back, by the key that names its title, intro and short name in {@code
   * layouts/catalogue/indexes.html}, already set on its pages: the model breaks the lines and fills
   * the columns (see {@link IndexFrame}), so that a group continued in the next column or on the
   * next page starts there with its head and "(fortsat)". {@code stages}: its entries carry the
   * stages of the place's offers under the head (one mark per {@link #STAGE_MARKS}).
   */
  public record IndexPart(String key, boolean stages, IndexFrame frame, List<IndexPage> pages) {
    /** The stages' column heads, in the order of the marks: dagtilbud to ungdomsuddannelser. */
    public static final List<String> STAGE_MARKS = List.of("D", "I", "M", "U", "UU");

    public IndexPart {
      pages = List.copyOf(pages);
    }

    public String anchor() {
      return "x-" + key;
    }

    /** {@link #STAGE_MARKS}, for the templates. */
    public List<String> marks() {
      return STAGE_MARKS;
    }

    /** The cells of a row: name, one per stage mark if any, page number. */
    public int cells() {
      return stages ? STAGE_MARKS.size() + 2 : 2;
    }
  }

  /** One page of an index: its columns, left to right, and the first and last group on it. */
  public record IndexPage(String firstHead, String lastHead, List<IndexColumn> columns) {
    public IndexPage {
      columns = List.copyOf(columns);
    }

    /** For the running head: {@code Dansk – Historie}, or one head alone. */
    public String range() {
      return firstHead.equals(lastHead) ? firstHead : firstHead + " – " + lastHead;
    }
  }

  /** The rows of one column, top to bottom. */
  public record IndexColumn(List<IndexRow> rows) {
    public IndexColumn {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A row of an index column in the lines the model broke it into: a group head ({@code head}; a
   * blank line above it when {@code spaced}) or a place with the anchor of its entry, for the page
   * number, and for an index with stages one flag per stage mark.
   */
  public record IndexRow(
      List<String> lines, boolean head, boolean spaced, String anchor, List<Boolean> stages) {
    public IndexRow {
      lines = List.copyOf(lines);
      stages = List.copyOf(stages);
    }

    /** The lines the row takes in its column. */
    public int height() {
      return lines.size() + (spaced ? 1 : 0);
    }
  }

  /**
   * The grid of the index pages in millimetres and points: {@code columns} columns {@code columnMm}
   * wide with {@code gutterMm} between them, lines {@code pitchMm} apart, {@code firstLines} of
   * them below the title block ({@code topMm} high) on an index's first page and {@code lines} on
   * the others. A row is a name column, {@code stageMm} per stage mark and {@code numberMm} for the
   * page number; a name's second line is indented by {@code indentMm}.
   */
  public record IndexFrame(
      int columns,
      double columnMm,
      double gutterMm,
      double pitchMm,
      double sizePt,
      double headSizePt,
      double topMm,
      double stageMm,
      double numberMm,
      double indentMm,
      int firstLines,
      int lines) {

    public String css(double mm) {
      return Css.mm(Math.round(mm * 1000) / 1000.0);
    }

    /** The width of the columns with their gutters. */
    public double widthMm() {
      return columns * columnMm + (columns - 1) * gutterMm;
    }

    /** The name column of a row with or without stage marks. */
    public double nameMm(boolean stages) {
      return columnMm - numberMm - (stages ? IndexPart.STAGE_MARKS.size() * stageMm : 0);
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

    /** The thumb tabs' band: this far from the trim's top and bottom. */
    static final double THUMB_MARGIN_MM = 30;

    /** The thumb tabs' gap between one section's and the next one's. */
    static final double THUMB_GAP_MM = 3;

    /** A thumb tab's width on the trimmed page; it runs on into the bleed. */
    static final double THUMB_VISIBLE_MM = 7;

    /** The opener photo's height as a share of the trim height, before the bleed. */
    static final double PHOTO_SHARE = 0.42;

    /** The distance from one section's thumb tab to the next one's. */
    double thumbStepMm(double trimHeightMm) {
      return (trimHeightMm - 2 * THUMB_MARGIN_MM) / Section.values().length;
    }

    /** A thumb tab's height, as CSS. */
    public String thumbHeight(double trimHeightMm) {
      return Css.mm(round(thumbStepMm(trimHeightMm) - THUMB_GAP_MM));
    }

    /** Where section {@code number}'s tab begins below the top of its margin box, as CSS. */
    public String thumbOffset(int number, double trimHeightMm) {
      return Css.mm(round(THUMB_MARGIN_MM - topMm + (number - 1) * thumbStepMm(trimHeightMm)));
    }

    /** The tab's distance from the text column: the outer margin less the tab's width, as CSS. */
    public String thumbInset() {
      return Css.mm(outerMm - THUMB_VISIBLE_MM);
    }

    /** The opener photo's width: from the outer edge of the bleed to the text column, as CSS. */
    public String photoWidth(double trimWidthMm, double bleedMm) {
      return Css.mm(trimWidthMm - innerMm + bleedMm);
    }

    /** The opener photo's height: from the top edge of the bleed, as CSS. */
    public String photoHeight(double trimHeightMm, double bleedMm) {
      return Css.mm(round(trimHeightMm * PHOTO_SHARE) + bleedMm);
    }

    private static double round(double mm) {
      return Math.round(mm * 10) / 10.0;
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
