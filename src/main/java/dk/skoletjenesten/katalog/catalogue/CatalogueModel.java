package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.ArticlePart;
import dk.skoletjenesten.katalog.catalogue.Views.Front;
import dk.skoletjenesten.katalog.catalogue.Views.IndexPart;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.catalogue.Views.SectionPart;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.util.List;
import java.util.Map;

/**
 * The whole catalogue as the templates see it, in print order, on pages of {@code geometry} framed
 * by {@link PageFrame#CATALOGUE}.
 */
record CatalogueModel(
    Front front,
    PageGeometry geometry,
    List<ArticlePart> articles,
    List<SectionPart> sections,
    List<IndexPart> indexes) {

  CatalogueModel {
    articles = List.copyOf(articles);
    sections = List.copyOf(sections);
    indexes = List.copyOf(indexes);
  }

  /** The variables of every template, for a layout without the sections' padding. */
  Map<String, Object> variables() {
    return variables(Pacing.NONE);
  }

  /** The variables of every template, the catalogue's with {@code pacing}. */
  Map<String, Object> variables(Pacing pacing) {
    return Map.of(
        "pacing",
        pacing,
        "front",
        front,
        "geometry",
        geometry,
        "frame",
        PageFrame.CATALOGUE,
        "articles",
        articles,
        "sections",
        sections,
        "indexes",
        indexes);
  }
}
