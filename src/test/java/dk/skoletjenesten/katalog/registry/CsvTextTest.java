package dk.skoletjenesten.katalog.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

  @Test
  void recordsKeepThePhysicalLineTheyStartOn() throws Exception {
    String text = "id;text\r\n1;\"a;b\r\nc\"\r\n2;\"say \"\"hi\"\"\"\r\n\r\n3;x";

    List<CsvText.Line> lines = CsvText.parse(text, ';');

    assertThat(lines)
        .containsExactly(
            new CsvText.Line(1, List.of("id", "text")),
            new CsvText.Line(2, List.of("1", "a;b\nc")),
            new CsvText.Line(4, List.of("2", "say \"hi\"")),
            new CsvText.Line(5, List.of("")),
            new CsvText.Line(6, List.of("3", "x")));
  }

  @Test
  void emptyCellsAreKept() throws Exception {
    assertThat(CsvText.parse("a;;c;\n", ';').get(0).cells()).containsExactly("a", "", "c", "");
  }

  @Test
  void anUnclosedQuoteNamesTheLineWhereTheCellStarts() {
    assertThatThrownBy(() -> CsvText.parse("a;b\n1;\"open\n2;x\n", ';'))
        .isInstanceOfSatisfying(
            CsvText.UnclosedQuoteException.class, e -> assertThat(e.line()).isEqualTo(2));
  }
}
