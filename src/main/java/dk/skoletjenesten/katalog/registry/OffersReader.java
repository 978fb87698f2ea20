package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads offers.csv or offers.json: the teaching offers. */
final class OffersReader {
  static final Set<String> REQUIRED =
      Set.of("id", "institution", "title", "stages", "duration_minutes", "price_dkk", "url");
  static final Set<String> OPTIONAL =
      Set.of(
          "teaser",
          "grade_from",
          "grade_to",
          "subjects",
          "themes",
          "price_note",
          "max_pupils",
          "new");
  private static final Words<Stage> STAGES = Words.of(Stage.values(), Stage::key);

  private OffersReader() {}

  static Table<Offer> read(DataFolder folder, Diagnostics out) {
    return TableReader.csvOrJson("offers", REQUIRED, OPTIONAL, f -> Optional.ofNullable(readOne(f)))
        .read(folder, out);
  }

  private static Offer readOne(Fields f) {
    String id = f.requiredSlug("id");
    String institution = f.requiredText("institution", 120);
    String title = f.requiredText("title", 140);
    String teaser = f.text("teaser", 400);
    List<Stage> stages = stages(f);
    Integer gradeFrom = f.integer("grade_from", 0, 10);
    Integer gradeTo = f.integer("grade_to", 0, 10);
    checkGrades(f, stages, gradeFrom, gradeTo);
    List<String> subjects = names(f, "subjects", ReferenceData.get()::findSubject, "subject");
    checkSubjectGrades(f, subjects, gradeFrom, gradeTo);
    List<String> themes = names(f, "themes", ReferenceData.get()::findTheme, "dagtilbud theme");
    Integer duration = f.requiredInt("duration_minutes", 15, 4800);
    Integer price = f.requiredInt("price_dkk", 0, 1_000_000);
    String priceNote = f.text("price_note", 200);
    Integer maxPupils = f.integer("max_pupils", 1, 10_000);
    String url = f.httpsUrl("url", true);
    boolean isNew = f.bool("new", false);
    if (id == null
        || institution == null
        || title == null
        || stages == null
        || duration == null
        || price == null
        || url == null) {
      return null;
    }
    return new Offer(
        id,
        institution,
        title,
        teaser,
        stages,
        gradeFrom,
        gradeTo,
        subjects,
        themes,
        duration,
        price,
        priceNote,
        maxPupils,
        url,
        isNew);
  }

  private static List<Stage> stages(Fields f) {
    if (!f.present("stages")) {
      f.error("stages", "expected at least one of " + STAGES.joined() + ", got nothing");
      return null;
    }
    List<Stage> stages = new ArrayList<>();
    for (String key : f.list("stages")) {
      STAGES
          .find(key)
          .ifPresentOrElse(
              s -> {
                if (!stages.contains(s)) stages.add(s);
              },
              () -> f.error("stages", STAGES.mismatch(key)));
    }
    if (stages.isEmpty()) {
      return null;
    }
    stages.sort(null);
    return stages;
  }

  private static void checkGrades(Fields f, List<Stage> stages, Integer from, Integer to) {
    if (f.present("grade_from") != f.present("grade_to")) {
      String missing = f.present("grade_from") ? "grade_to" : "grade_from";
      f.error(
          missing,
          "expected a grade 0-10 together with "
              + (f.present("grade_from") ? "grade_from" : "grade_to")
              + ", got nothing");
      return;
    }
    if (from == null || to == null) {
      return;
    }
    if (from > to) {
      f.error("grade_from", "expected at most grade_to (" + to + "), got " + from);
      return;
    }
    if (stages == null) {
      return;
    }
    for (Stage stage : stages) {
      if (stage.hasGrades() && !stage.overlapsGrades(from, to)) {
        f.warning("stages", stage.key() + " does not match grades " + from + "-" + to);
      }
    }
  }

  /** A warning for a subject that the reference list teaches in none of the offer's grades. */
  private static void checkSubjectGrades(
      Fields f, List<String> subjects, Integer from, Integer to) {
    if (from == null || to == null || from > to) {
      return;
    }
    for (String subject : subjects) {
      ReferenceData.get()
          .findGradeSpan(subject)
          .filter(span -> span[1] < from || span[0] > to)
          .ifPresent(
              span ->
                  f.warning(
                      "subjects",
                      subject
                          + " is taught in "
                          + span[0]
                          + ".-"
                          + span[1]
                          + ". klasse, the offer is for "
                          + from
                          + ".-"
                          + to
                          + ". klasse"));
    }
  }

  private static List<String> names(
      Fields f, String key, Function<String, Optional<String>> lookup, String what) {
    List<String> names = new ArrayList<>();
    for (String name : f.list(key)) {
      lookup
          .apply(name)
          .ifPresentOrElse(
              canonical -> {
                if (!names.contains(canonical)) names.add(canonical);
              },
              () ->
                  f.error(key, "no " + what + " " + Fields.quote(name) + " in the reference list"));
    }
    return names;
  }
}
