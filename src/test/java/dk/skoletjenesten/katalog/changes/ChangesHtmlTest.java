package dk.skoletjenesten.katalog.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.changes.ChangesHtml.TextChange;
import dk.skoletjenesten.katalog.changes.PublicationChanges.MovedPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesHtmlTest {
  @Test
  void runsOfMovesByTheSameDistanceAreRanges() {
    List<MovedPage> moves = new ArrayList<>();
    for (int page = 11; page <= 192; page++) {
      moves.add(new MovedPage(page, page - 1));
    }
    moves.add(new MovedPage(3, 5));
    assertThat(ChangesHtml.moves(moves)).isEqualTo("p. 11–192 to p. 10–191, p. 3 to p. 5");
  }

  @Test
  void aChangedWordStandsOutOfTheTextAroundIt() {
    assertThat(TextChange.of("eleverne bager brod over ild", "eleverne karter uld over ild"))
        .isEqualTo(new TextChange("eleverne ", "bager brod", "karter uld", " over ild"));
  }

  @Test
  void textAddedAtTheEndIsTheWholeDifference() {
    assertThat(TextChange.of("Vikingeliv", "Vikingeliv for de mindste"))
        .isEqualTo(new TextChange("", "Vikingeliv", "Vikingeliv for de mindste", ""));
    assertThat(TextChange.of("Bag scenen", "Bag scenen i dag"))
        .isEqualTo(new TextChange("Bag ", "scenen", "scenen i dag", ""));
  }

  @Test
  void unchangedOrEmptyTextsSplitCleanly() {
    assertThat(TextChange.of("100", "120")).isEqualTo(new TextChange("", "100", "120", ""));
    assertThat(TextChange.of("", "ny")).isEqualTo(new TextChange("", "", "ny", ""));
    assertThat(TextChange.of("a b", "a b")).isEqualTo(new TextChange("a b", "", "", ""));
  }
}
