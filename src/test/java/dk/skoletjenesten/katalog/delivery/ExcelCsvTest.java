package dk.skoletjenesten.katalog.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

  @Test
  void cellsAreQuotedOnlyWhenExcelWouldMisreadThem() {
    assertThat(ExcelCsv.cell("Hjørring Kommune")).isEqualTo("Hjørring Kommune");
    assertThat(ExcelCsv.cell("a, b")).isEqualTo("a, b");
    assertThat(ExcelCsv.cell("a;b")).isEqualTo("\"a;b\"");
    assertThat(ExcelCsv.cell("Skolen \"Nord\"")).isEqualTo("\"Skolen \"\"Nord\"\"\"");
    assertThat(ExcelCsv.cell("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
    assertThat(ExcelCsv.cell(" indrykket")).isEqualTo("\" indrykket\"");
    assertThat(ExcelCsv.cell(17500)).isEqualTo("17500");
    assertThat(ExcelCsv.cell(null)).isEmpty();
  }

  @Test
  void aFileIsBomThenCrlfTerminatedRecords() {
    byte[] bytes =
        new ExcelCsv().row(Arrays.asList("a", null, 2)).row(Arrays.asList("æ;ø")).bytes();

    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa;;2\r\n\"æ;ø\"\r\n");
  }
}
