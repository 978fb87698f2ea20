package dk.skoletjenesten.katalog.registry;

import java.util.List;
import java.util.Optional;

/**
 * A teaching offer. Grades are 0 (børnehaveklasse) to 10 and null when not given; subjects and
 * themes hold the reference spelling. {@code teaser}, {@code priceNote} and {@code maxPupils} may
 * be null.
 */
public record Offer(
    String id,
    String institution,
    String title,
    String teaser,
    List<Stage> stages,
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

  public Offer {
    stages = List.copyOf(stages);
    subjects = List.copyOf(subjects);
    themes = List.copyOf(themes);
  }

  public boolean isFree() {
    return priceDkk == 0;
  }

  public Optional<String> findTeaser() {
    return Optional.ofNullable(teaser);
  }
}
