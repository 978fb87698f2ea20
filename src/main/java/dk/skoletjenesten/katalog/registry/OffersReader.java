package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads offers.csv or offers.json: the teaching offers. */
final class OffersReader {
  private static final Set<String> REQUIRED =
      Set.of("id", "institution", "title", "stages", "duration_minutes", "price_dkk", "url");
  private static final Set<String> OPTIONAL =
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
  private static final TableReader<Offer> TABLE =
      TableReader.csvOrJson("offers", REQUIRED, OPTIONAL, OffersReader::offer);

  private OffersReader() {}

  static Table<Offer> read(DataFolder folder, Diagnostics out) {
    return TABLE.read(folder, out);
  }

  /** Grades 0 (børnehaveklasse) to 10, from at most to. */
  private record Grades(int from, int to) {}

  private static Optional<Offer> offer(Fields f) {
    String id = f.requiredSlug("id");
    String institution = f.requiredText("institution", 120);
    String title = f.requiredText("title", 140);
    Optional<String> teaser = f.text("teaser", 400);
    List<Stage> stages = stages(f);
    Optional<Grades> grades = grades(f);
    grades.ifPresent(g -> checkStageGrades(f, stages, g));
    List<String> subjects = f.list("subjects", ReferenceData.get()::findSubject, no("subject"));
    grades.ifPresent(g -> checkSubjectGrades(f, subjects, g));
    List<String> themes = f.list("themes", ReferenceData.get()::findTheme, no("dagtilbud theme"));
    Integer duration = f.requiredInt("duration_minutes", 15, 4800);
    Integer price = f.requiredInt("price_dkk", 0, 1_000_000);
    Optional<String> priceNote = f.text("price_note", 200);
    Optional<Integer> maxPupils = f.integer("max_pupils", 1, 10_000);
    String url = f.requiredHttpsUrl("url");
    boolean isNew = f.bool("new", false);
    return f.build(
        () ->
            new Offer(
                id,
                institution,
                title,
                teaser.orElse(null),
                stages,
                grades.map(Grades::from).orElse(null),
                grades.map(Grades::to).orElse(null),
                subjects,
                themes,
                duration,
                price,
                priceNote.orElse(null),
                maxPupils.orElse(null),
                url,
                isNew));
  }

  /** At least one stage, each once, in the order of a child's life; empty when none is valid. */
  private static List<Stage> stages(Fields f) {
    String expected = "expected at least one of " + STAGES.joined();
    return f.required("stages", expected, () -> validStages(f)).orElse(List.of());
  }

  private static Optional<List<Stage>> validStages(Fields f) {
    List<Stage> stages = f.list("stages", STAGES::find, STAGES::mismatch);
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.stream().sorted().toList());
  }

  /** Both grades or neither; empty when not given or invalid (then reported). */
  private static Optional<Grades> grades(Fields f) {
    Optional<Integer> from = f.integer("grade_from", 0, 10);
    Optional<Integer> to = f.integer("grade_to", 0, 10);
    if (f.present("grade_from") != f.present("grade_to")) {
      String given = f.present("grade_from") ? "grade_from" : "grade_to";
      String missing = f.present("grade_from") ? "grade_to" : "grade_from";
      f.error(missing, "expected a grade 0-10 together with " + given + ", got nothing");
      return Optional.empty();
    }
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    if (from.get() > to.get()) {
      f.error("grade_from", "expected at most grade_to (" + to.get() + "), got " + from.get());
      return Optional.empty();
    }
    return Optional.of(new Grades(from.get(), to.get()));
  }

  private static void checkStageGrades(Fields f, List<Stage> stages, Grades grades) {
    for (Stage stage : stages) {
      if (stage.hasGrades() && !stage.overlapsGrades(grades.from(), grades.to())) {
        f.warning(
            "stages", stage.key() + " does not match grades " + grades.from() + "-" + grades.to());
      }
    }
  }

  /** A warning for a subject that the reference list teaches in none of the offer's grades. */
  private static void checkSubjectGrades(Fields f, List<String> subjects, Grades grades) {
    for (String subject : subjects) {
      ReferenceData.get()
          .findGradeSpan(subject)
          .filter(span -> span[1] < grades.from() || span[0] > grades.to())
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
                          + grades.from()
                          + ".-"
                          + grades.to()
                          + ". klasse"));
    }
  }

  private static Function<String, String> no(String what) {
    return name -> "no " + what + " " + Fields.quote(name) + " in the reference list";
  }
}
