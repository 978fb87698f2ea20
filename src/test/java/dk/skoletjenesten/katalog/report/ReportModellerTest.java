package dk.skoletjenesten.katalog.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.report.ReportViews.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModellerTest {

  @Test
  void placeholdersCutTheMarkdownIntoBlocksWhereTheyStandAndTheLeadIsUnhyphenated() {
    List<Block> blocks =
        ReportModeller.blocks("Før.\n\n{{figures}}\n\nMidt.\n\n{{ chart:taught }}\n\n> Citat\n");

    assertThat(blocks)
        .extracting(Block::kind)
        .containsExactly(
            Block.Kind.TEXT,
            Block.Kind.FIGURES,
            Block.Kind.TEXT,
            Block.Kind.CHART,
            Block.Kind.TEXT);
    assertThat(blocks.get(0).html()).isEqualTo("<p>Før.</p>\n");
    assertThat(blocks.get(2).html()).isEqualTo("<p lang=\"da\">Midt.</p>\n");
    assertThat(blocks.get(3).chartId()).isEqualTo("taught");
    assertThat(blocks.get(4).html()).isEqualTo("<blockquote>\n<p>Citat</p>\n</blockquote>\n");
  }

  @Test
  void keyFiguresPrintInDanishFormat() {
    assertThat(ReportModeller.number(218291)).isEqualTo("218.291");
    assertThat(ReportModeller.number(2000)).isEqualTo("2.000");
    assertThat(ReportModeller.number(45)).isEqualTo("45");
    assertThat(ReportModeller.number(3.5)).isEqualTo("3,5");
  }

  @Test
  void figuresAndPeopleAreCutIntoRowsOfTheGrid() {
    var figures =
        List.of(
            new ReportViews.Figure("1", "a"),
            new ReportViews.Figure("2", "b"),
            new ReportViews.Figure("3", "c"),
            new ReportViews.Figure("4", "d"),
            new ReportViews.Figure("5", "e"));
    var group = new ReportViews.FigureGroup(null, figures);

    assertThat(group.rows()).extracting(List::size).containsExactly(4, 1);
    assertThat(group.slice(4, 4)).extracting(ReportViews.Figure::value).containsExactly("5");
    assertThat(group.slice(8, 2)).extracting(ReportViews.Figure::value).containsExactly("1", "2");
  }

  @Test
  void theBookletIsAMultipleOfFourPages() {
    assertThat(ReportPages.padded(1)).isEqualTo(4);
    assertThat(ReportPages.padded(10)).isEqualTo(12);
    assertThat(ReportPages.padded(12)).isEqualTo(12);
  }
}
