package dk.skoletjenesten.katalog.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.chart.ChartKind;
import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartRendererTest {
  static final ChartRenderer RENDERER = new ChartRenderer(Path.of("fonts"));

  /** Colour operators other than DeviceCMYK's k and K, and everything that is not a path. */
  private static final Set<String> FORBIDDEN =
      Set.of(
          "rg", "RG", "g", "G", "cs", "CS", "sc", "SC", "scn", "SCN", "Do", "gs", "sh", "BI", "ID",
          "EI", "d0", "d1");

  static List<ChartSpec> samples() {
    return SampleCharts.ALL;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void titleLabelsAndDanishValuesAreExtractableText(ChartSpec spec) throws IOException {
    String text = text(RENDERER.render(spec));
    assertThat(text).contains(spec.title()).contains(spec.source());
    for (ChartSpec.Point point : spec.points()) {
      assertThat(text)
          .contains(point.label())
          .contains(ChartNumbers.withUnit(point.value(), spec.unit()));
    }
  }

  @Test
  void valuesReadInDanishWithTheirUnit() throws IOException {
    assertThat(text(RENDERER.render(SampleCharts.BAR))).contains("Museer 39 %");
    assertThat(text(RENDERER.render(SampleCharts.DONUT)))
        .contains("Grundskole 123.637 børn og unge")
        .contains("Ungdomsuddannelser 25.211 børn og unge");
  }

  @Test
  void theTextReadsTitleFirstThenTheDataThenTheSource() throws IOException {
    String text = text(RENDERER.render(SampleCharts.COLUMN));
    assertThat(text)
        .startsWith("Hvem har de eksterne læringsmiljøer partnerskaber med? Dagtilbud 4 %")
        .contains("Videregående uddannelser 7 %")
        .endsWith("Kommuner 28 % Kilde: Skoletjenestens registreringer 2017-18");
  }

  @Test
  void aDonutCarriesItsTotalInTheHole() throws IOException {
    assertThat(text(RENDERER.render(SampleCharts.DONUT)))
        .startsWith("Børn og unge i undervisningsforløb 154.742 børn og unge Dagtilbud");
  }

  @Test
  void aDonutInPercentKeepsItsHoleEmpty() throws IOException {
    ChartSpec percent =
        new ChartSpec(ChartKind.DONUT, "Partnere", "%", "", SampleCharts.PARTNERSHIPS, 120, 60);
    assertThat(text(RENDERER.render(percent))).startsWith("Partnere Dagtilbud 4 %");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void thePageIsExactlyTheChartsSize(ChartSpec spec) throws IOException {
    try (PDDocument document = Loader.loadPDF(RENDERER.render(spec))) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDPage page = document.getPage(0);
      assertThat(page.getMediaBox().getLowerLeftX()).isZero();
      assertThat(page.getMediaBox().getWidth())
          .isCloseTo(Units.mmToPt(spec.widthMm()), Offset.offset(0.01f));
      assertThat(page.getMediaBox().getHeight())
          .isCloseTo(Units.mmToPt(spec.heightMm()), Offset.offset(0.01f));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void textIsSetInEmbeddedSubsetsOfLato(ChartSpec spec) throws IOException {
    try (PDDocument document = Loader.loadPDF(RENDERER.render(spec))) {
      PDResources resources = document.getPage(0).getResources();
      List<String> names = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).isTrue();
        names.add(font.getName());
      }
      assertThat(names).hasSize(2).allMatch(name -> name.matches("[A-Z]{6}\\+Lato-(Regular|Bold)"));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void noImagesNoTransparencyNoShadingsNoPatterns(ChartSpec spec) throws IOException {
    try (PDDocument document = Loader.loadPDF(RENDERER.render(spec))) {
      PDResources resources = document.getPage(0).getResources();
      assertThat(resources.getXObjectNames()).isEmpty();
      assertThat(resources.getExtGStateNames()).isEmpty();
      assertThat(resources.getShadingNames()).isEmpty();
      assertThat(resources.getPatternNames()).isEmpty();
      assertThat(resources.getColorSpaceNames()).isEmpty();
      assertThat(operators(document)).doesNotContainAnyElementsOf(FORBIDDEN);
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyColourIsDeviceCmykAndTextIsBlackInkOnly(ChartSpec spec) throws IOException {
    try (PDDocument document = Loader.loadPDF(RENDERER.render(spec))) {
      List<Object> tokens = new PDFStreamParser(document.getPage(0)).parse();
      List<Float> fill = List.of();
      int texts = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i) instanceof Operator operator) {
          switch (operator.getName()) {
            case "k", "K" -> {
              List<Float> inks = operands(tokens, i, 4);
              assertThat(inks).allSatisfy(ink -> assertThat(ink).isBetween(0f, 1f));
              assertThat(100 * (inks.get(0) + inks.get(1) + inks.get(2) + inks.get(3)))
                  .isLessThanOrEqualTo(300);
              if (operator.getName().equals("k")) {
                fill = inks;
              }
            }
            case "Tj", "TJ" -> {
              texts++;
              assertThat(fill.subList(0, 3)).as("text in black ink only").containsOnly(0f);
              assertThat(fill.get(3)).isGreaterThanOrEqualTo(0.6f);
            }
            default -> {}
          }
        }
      }
      assertThat(texts).isGreaterThan(spec.points().size());
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theSameSpecGivesTheSameBytes(ChartSpec spec) {
    byte[] first = RENDERER.render(spec);
    byte[] again = new ChartRenderer(Path.of("fonts")).render(spec);
    assertThat(again).isEqualTo(first);
  }

  @Test
  void theDocumentIdIsADigestOfTheSpecAndThereAreNoDates() throws IOException {
    try (PDDocument document = Loader.loadPDF(RENDERER.render(SampleCharts.BAR))) {
      COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertThat(id).isNotNull();
      assertThat(id.getString(0)).isEqualTo(id.getString(1));
      assertThat(document.getDocumentInformation().getCreationDate()).isNull();
      assertThat(document.getDocumentInformation().getModificationDate()).isNull();
      assertThat(document.getDocumentInformation().getProducer()).isNull();
    }
    try (PDDocument pie = Loader.loadPDF(RENDERER.render(SampleCharts.PIE));
        PDDocument bar = Loader.loadPDF(RENDERER.render(SampleCharts.BAR))) {
      assertThat(pie.getDocument().getTrailer().getCOSArray(COSName.ID).getString(0))
          .isNotEqualTo(bar.getDocument().getTrailer().getCOSArray(COSName.ID).getString(0));
    }
  }

  @Test
  void ligaturesStayLettersSoTheTextIsSearchable() throws IOException {
    ChartSpec spec =
        new ChartSpec(
            ChartKind.BAR,
            "Tilbud fik flere",
            "",
            "",
            List.of(SampleCharts.point("Partnerskaber fik tilbud", 91)),
            120,
            30);
    assertThat(text(RENDERER.render(spec)))
        .contains("Tilbud fik flere", "Partnerskaber fik tilbud");
  }

  @Test
  void aChartTheCheckRejectsIsNotDrawn() {
    ChartSpec negative =
        new ChartSpec(
            ChartKind.PIE,
            "Partnere",
            "",
            "",
            List.of(SampleCharts.point("Skoler", -3), SampleCharts.point("Kommuner", 5)),
            120,
            60);
    assertThatThrownBy(() -> RENDERER.render(negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot draw the pie chart \"Partnere\":"
                + " [pie chart needs values of 0 or more, got -3 for \"Skoler\"]");
  }

  private static Set<String> operators(PDDocument document) throws IOException {
    Set<String> names = new HashSet<>();
    for (Object token : new PDFStreamParser(document.getPage(0)).parse()) {
      if (token instanceof Operator operator) {
        names.add(operator.getName());
      }
    }
    return names;
  }

  private static List<Float> operands(List<Object> tokens, int operator, int count) {
    List<Float> values = new ArrayList<>();
    for (int i = operator - count; i < operator; i++) {
      values.add(((COSNumber) tokens.get(i)).floatValue());
    }
    return values;
  }

  /** The page's text with every run of white space as one space. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).strip().replaceAll("\\s+", " ");
    }
  }
}
