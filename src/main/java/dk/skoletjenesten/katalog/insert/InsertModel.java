package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.insert.InsertViews.Front;
import dk.skoletjenesten.katalog.insert.InsertViews.SectionGroup;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The whole insert as the templates see it, in print order. */
record InsertModel(Front front, PageGeometry geometry, List<SectionGroup> sections) {
  /** The number of ruled lines in the notes box after the places; 0 for none. */
  static final String END_NOTES = "endNotes";

  InsertModel {
    sections = List.copyOf(sections);
  }

  /**
   * The variables of the main document, in the normal or the dense layout; {@code a4} is the
   * geometry's {@link PageGeometry#a4()}, which sets the A4 sizes and column counts; no notes box
   * after the places.
   */
  Map<String, Object> variables(boolean dense) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("front", front);
    vars.put("geometry", geometry);
    vars.put("sections", sections);
    vars.put("dense", dense);
    vars.put("a4", geometry.a4());
    vars.put(END_NOTES, 0);
    return vars;
  }
}
