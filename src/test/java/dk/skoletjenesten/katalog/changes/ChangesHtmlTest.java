package dk.skoletjenesten.katalog.changes;

import static org.assertj.core.api.Assertions.assertThat;

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
}
