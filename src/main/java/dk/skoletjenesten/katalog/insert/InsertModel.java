package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.insert.InsertViews.Front;
import dk.skoletjenesten.katalog.insert.InsertViews.SectionGroup;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The whole insert as the templates see it, in print order. */
record InsertModel(Front front, PageGeometry geometry, List<SectionGroup> sections) {

  InsertModel {
    sections = List.copyOf(sections);
  }

  /** A4 (or any trim wider than A5): the templates set their A4 sizes and column counts from it. */
  boolean a4() {
    return geometry.trimWidthMm() > 160;
  }

  /** The variables of the main document, in the normal or the dense layout. */
  Map<String, Object> variables(boolean dense) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("front", front);
    vars.put("geometry", geometry);
    vars.put("sections", sections);
    vars.put("dense", dense);
    vars.put("a4", a4());
    return vars;
  }
}
