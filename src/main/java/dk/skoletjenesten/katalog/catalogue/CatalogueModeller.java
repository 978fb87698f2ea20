package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.ArticlePart;
import dk.skoletjenesten.katalog.catalogue.Views.Entry;
import dk.skoletjenesten.katalog.catalogue.Views.Front;
import dk.skoletjenesten.katalog.catalogue.Views.OverviewGroup;
import dk.skoletjenesten.katalog.catalogue.Views.OverviewPlace;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.catalogue.Views.PlaceRef;
import dk.skoletjenesten.katalog.catalogue.Views.SectionPart;
import dk.skoletjenesten.katalog.catalogue.Views.StickerArea;
import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Danish;
import dk.skoletjenesten.katalog.format.Markdown;
import dk.skoletjenesten.katalog.format.PlaceView;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.registry.Article;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.Institution;
import dk.skoletjenesten.katalog.registry.PrintSpec.Binding;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.Section;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what the catalogue holds and in which order; pure (no files, no rendering).
 *
 * <p>Order of entries: sections in the contract's order; within a section the institutions are
 * sorted by the name of their type, then by name, both with Danish collation (æ, ø, å last); an
 * institution's offers keep the order of the data.
 */
final class CatalogueModeller {
  private final Registry registry;
  private final Collator collator = Danish.collator();
  private final TextWidth indexWidth;

  /** {@code indexWidth}: the metrics of the indexes' faces, which the model breaks lines with. */
  CatalogueModeller(Registry registry, TextWidth indexWidth) {
    this.registry = registry;
    this.indexWidth = indexWidth;
  }

  CatalogueModel model() {
    List<SectionPart> sections = sections();
    PageGeometry geometry = geometry();
    IndexPages indexPages =
        new IndexPages(IndexPages.frame(geometry, PageFrame.CATALOGUE), indexWidth);
    return new CatalogueModel(
        front(),
        geometry,
        articles(),
        sections,
        new CatalogueIndexes(registry, collator, indexPages).all());
  }

  private Front front() {
    Edition e = registry.edition();
    List<Institution> places = registry.publishedInstitutions();
    int offers = places.stream().mapToInt(i -> registry.offersOf(i.id()).size()).sum();
    long municipalities = places.stream().map(Institution::municipality).distinct().count();
    return new Front(
        PrintText.clean(e.title()),
        PrintText.clean(e.subtitle()),
        e.schoolYear(),
        e.portalUrl(),
        PrintText.host(e.portalUrl()),
        Artwork.qrCode(e.portalUrl()),
        PrintText.clean(e.publisher().name()),
        PrintText.clean(e.publisher().address()),
        e.publisher().email(),
        e.publisher().findPhone().orElse(null),
        Danish.integer(registry.totalCopies()),
        e.date().getYear(),
        places.size(),
        offers,
        (int) municipalities,
        e.colophon().findPrinter().map(PrintText::clean).orElse(null),
        e.colophon().findPaper().map(PrintText::clean).orElse(null),
        e.colophon().findIssn().orElse(null),
        e.colophon().funders().stream().map(PrintText::clean).toList(),
        e.print().binding() == Binding.SADDLE_STITCH,
        stickerArea());
  }

  /** The front cover's sticker area: it must leave the title and the section colours room. */
  private StickerArea stickerArea() {
    var trim = registry.edition().print().trim();
    return StickerArea.forOrders(
        registry.stickerOrders(), trim.widthMm() - 2 * 17, trim.heightMm() * 0.3);
  }

  private PageGeometry geometry() {
    var print = registry.edition().print();
    return new PageGeometry(print.trim().widthMm(), print.trim().heightMm(), print.bleedMm());
  }

  private List<ArticlePart> articles() {
    List<ArticlePart> parts = new ArrayList<>();
    for (Article a : registry.articles()) {
      Artwork image = a.findImage().map(Artwork::image).orElse(null);
      String html = Markdown.bodyToXhtml(PrintText.source(a.markdown()), a.title());
      int lead = Standfirst.end(html);
      parts.add(
          new ArticlePart(
              "a-" + (parts.size() + 1),
              PrintText.clean(a.title()),
              PrintText.clean(a.author()),
              image,
              null,
              lead == 0 ? null : html.substring(0, lead),
              html.substring(lead)));
    }
    return parts;
  }

  private List<SectionPart> sections() {
    List<SectionPart> parts = new ArrayList<>();
    for (Section section : Section.values()) {
      List<Institution> places = placesIn(section);
      if (!places.isEmpty()) {
        parts.add(section(section, places));
      }
    }
    return parts;
  }

  List<Institution> placesIn(Section section) {
    return registry.publishedInstitutions().stream()
        .filter(i -> i.section() == section)
        .sorted(
            Comparator.comparing((Institution i) -> i.type().label(), collator)
                .thenComparing(Institution::name, collator)
                .thenComparing(Institution::id))
        .toList();
  }

  private SectionPart section(Section section, List<Institution> places) {
    Map<String, List<OverviewPlace>> byType = new LinkedHashMap<>();
    places.forEach(
        i ->
            byType
                .computeIfAbsent(PrintText.clean(i.type().label()), t -> new ArrayList<>())
                .add(overviewPlace(i)));
    List<OverviewGroup> groups =
        byType.entrySet().stream()
            .map(en -> new OverviewGroup(en.getKey(), false, en.getValue()))
            .toList();
    int offers = places.stream().mapToInt(i -> registry.offersOf(i.id()).size()).sum();
    Artwork image = registry.edition().findSectionImage(section).map(Artwork::image).orElse(null);
    return new SectionPart(
        section.name(),
        section.ordinal() + 1,
        "s-" + (section.ordinal() + 1),
        section.label(),
        places.size(),
        offers,
        image,
        Columns.pages(groups),
        entries(places));
  }

  /** The entries in order, the first of each place type with its type as the group's head. */
  private List<Entry> entries(List<Institution> places) {
    List<Entry> entries = new ArrayList<>();
    String type = null;
    for (Institution i : places) {
      String label = PrintText.clean(i.type().label());
      entries.add(entry(i, label.equals(type) ? null : label));
      type = label;
    }
    return entries;
  }

  /** A place with a mark for each stage that one of its offers is for. */
  private OverviewPlace overviewPlace(Institution i) {
    Set<String> stages = new HashSet<>();
    registry.offersOf(i.id()).forEach(o -> o.stages().forEach(s -> stages.add(s.key())));
    return new OverviewPlace(
        PrintText.clean(i.name()),
        PlaceView.anchorOf(i),
        OverviewPlace.STAGES.stream().map(stages::contains).toList());
  }

  static PlaceRef ref(Institution i) {
    return new PlaceRef(PrintText.clean(i.name()), PlaceView.anchorOf(i));
  }

  Entry entry(Institution i) {
    return entry(i, null);
  }

  private Entry entry(Institution i, String groupHead) {
    return new Entry(
        PlaceView.of(i, registry.requireMunicipality(i.municipality()), registry.offersOf(i.id())),
        groupHead);
  }
}
