package dk.skoletjenesten.katalog.sampledata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One teaching offer as written to offers.json. */
record OfferRow(
    String id,
    String institution,
    String title,
    String teaser,
    List<String> stages,
    Integer gradeFrom,
    Integer gradeTo,
    List<String> subjects,
    List<String> themes,
    int durationMinutes,
    int priceDkk,
    String priceNote,
    Integer maxPupils,
    String url,
    boolean isNew) {

  /** The JSON object in the portal export's key order; absent values are null. */
  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("institution", institution);
    m.put("title", title);
    m.put("teaser", teaser);
    m.put("stages", stages);
    m.put("grade_from", gradeFrom);
    m.put("grade_to", gradeTo);
    m.put("subjects", subjects);
    m.put("themes", themes);
    m.put("duration_minutes", durationMinutes);
    m.put("price_dkk", priceDkk);
    m.put("price_note", priceNote);
    m.put("max_pupils", maxPupils);
    m.put("url", url);
    m.put("new", isNew);
    return m;
  }

  boolean forSchool() {
    return gradeFrom != null;
  }
}
