package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Markdown;
import dk.skoletjenesten.katalog.format.PlaceView;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.insert.InsertViews.Front;
import dk.skoletjenesten.katalog.insert.InsertViews.SectionGroup;
import dk.skoletjenesten.katalog.registry.Contact;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Municipality;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.Section;
import dk.skoletjenesten.katalog.registry.TrimSize;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one insert holds; pure (no files, no rendering). The places keep the selection's
 * order: grouped by catalogue section in the catalogue's section order, by name within a section
 * (see {@link InsertSelector}); a place's offers keep the order of the data.
 */
final class InsertModeller {
  private final Registry registry;
  private final InsertOrder order;
  private final InsertSelection selection;
  private final TrimSize trim;

  InsertModeller(Registry registry, InsertOrder order, InsertSelection selection, TrimSize trim) {
    this.registry = registry;
    this.order = order;
    this.selection = selection;
    this.trim = trim;
  }

  InsertModel model() {
    PageGeometry geometry =
        new PageGeometry(trim.widthMm(), trim.heightMm(), registry.edition().print().bleedMm());
    return new InsertModel(front(), geometry, sections());
  }

  /** The order's headline, or one computed from the number of places. */
  String headline() {
    Municipality m = registry.requireMunicipality(order.municipality());
    return order
        .findHeadline()
        .map(PrintText::clean)
        .orElseGet(() -> Headline.forPlaces(selection.placeCount(), m.name()));
  }

  private Front front() {
    Edition e = registry.edition();
    Municipality m = registry.requireMunicipality(order.municipality());
    Optional<String> site = m.findPortalUrl(e.portalUrl());
    String url = site.orElse(e.portalUrl());
    Contact contact = order.contact() == null ? new Contact(null, null, null) : order.contact();
    String intro = order.intro() == null ? null : Markdown.toXhtml(PrintText.source(order.intro()));
    Artwork logo = order.logo() == null ? null : Artwork.image(order.logo());
    return new Front(
        headline(),
        PrintText.clean(m.name()),
        e.schoolYear(),
        url,
        PrintText.host(url),
        Artwork.qrCode(url),
        site.isPresent(),
        PrintText.host(e.portalUrl()),
        logo,
        intro,
        PrintText.clean(contact.name()),
        contact.email(),
        PrintText.clean(contact.phone()),
        PrintText.clean(e.publisher().name()),
        PrintText.clean(e.publisher().address()),
        e.publisher().email(),
        selection.placeCount(),
        selection.offerCount());
  }

  private List<SectionGroup> sections() {
    List<SectionGroup> groups = new ArrayList<>();
    for (Section section : Section.values()) {
      List<PlaceView> places =
          selection.places().stream()
              .filter(p -> p.institution().section() == section)
              .map(this::place)
              .toList();
      if (!places.isEmpty()) {
        int number = section.ordinal() + 1;
        groups.add(new SectionGroup(number, section.label(), "s-" + number, places));
      }
    }
    return groups;
  }

  private PlaceView place(InsertSelection.Place selected) {
    var institution = selected.institution();
    var municipality = registry.requireMunicipality(institution.municipality());
    return PlaceView.of(institution, municipality, selected.offers());
  }
}
