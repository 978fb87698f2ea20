package dk.skoletjenesten.katalog.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import dk.skoletjenesten.katalog.registry.Registry;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrintFactsTest {
  private static Registry sample;

  @BeforeAll
  static void readTheSample() {
    sample = SampleBundle.registry();
  }

  @Test
  void theCatalogueIsFourOverFourPerfectBoundOnTheEditionsPaper() {
    PrintFacts facts = facts("catalogue.pdf");

    assertThat(facts.colours()).isEqualTo("4/4");
    assertThat(facts.binding()).isEqualTo("perfect");
    assertThat(facts.findPaper()).contains("Indmad 100 g/m² silk, omslag 250 g/m² silk");
    assertThat(facts.findPaperCaliperMm()).hasValue(0.1);
    assertThat(facts.standard()).isEqualTo(PrintStandard.PDF_X_4);
    assertThat(facts.outputCondition()).isEqualTo(OutputCondition.FOGRA39);
    assertThat(facts.bleedMm()).isEqualTo(3.0);
    assertThat(facts.trim()).isEqualTo("A4");
    assertThat(facts.pages()).isEqualTo(192);
    assertThat(facts.copies()).isEqualTo(17_500);
    assertThat(facts.finishing()).isEqualTo(Finishing.NONE);
  }

  @Test
  void theCoverIsFourOverNoneWithItsSpine() {
    PrintFacts facts = facts("catalogue-cover.pdf");

    assertThat(facts.colours()).isEqualTo("4/0");
    assertThat(facts.trim()).isEqualTo("429.6 x 297 mm");
    assertThat(facts.finishing().findSpineWidthMm()).hasValue(9.6);
  }

  @Test
  void anInsertIsSaddleStitchedAndGoesLooseIntoItsMunicipalitysCatalogues() {
    PrintFacts facts = facts("inserts/607-fredericia.pdf");

    assertThat(facts.binding()).isEqualTo("saddle-stitch");
    assertThat(facts.colours()).isEqualTo("4/4");
    assertThat(facts.trim()).isEqualTo("A5");
    assertThat(facts.findPaper()).isEmpty();
    assertThat(facts.findPaperCaliperMm()).isEmpty();
    assertThat(facts.municipality()).isEqualTo(OptionalInt.of(607));
    assertThat(facts.finishing().findLooseInCataloguesOf()).hasValue(607);
    assertThat(facts.finishing().municipalityName()).isEqualTo("Fredericia Kommune");
  }

  @Test
  void aStickerIsDieCutAlongCutContourAndImposedAsItsSheetIs() {
    PrintFacts sticker = facts("stickers/860-hjoerring.pdf");
    PrintFacts sheet = facts("stickers/860-hjoerring-sheet.pdf");

    assertThat(sticker.colours()).isEqualTo("4/0");
    assertThat(sticker.spotColours()).containsExactly("CutContour");
    assertThat(sticker.binding()).isEqualTo("die-cut");
    assertThat(sticker.bleedMm()).isEqualTo(2.0);
    assertThat(sticker.copies()).isEqualTo(1100);
    assertThat(sticker.copiesUnit()).isEqualTo(PrintFacts.CopiesUnit.COPIES);
    // the real build's sheet title says "24 pr. ark" and its copies are 46 sheets
    assertThat(sticker.finishing()).isEqualTo(Finishing.dieCut("CutContour", 24, 46));
    assertThat(sheet.bleedMm()).isEqualTo(0.0);
    assertThat(sheet.copiesUnit()).isEqualTo(PrintFacts.CopiesUnit.SHEETS);
    assertThat(sheet.finishing()).isEqualTo(Finishing.dieCut("CutContour", 24, 46));
  }

  @Test
  void everyStickersPerSheetIsTheCountItsPressSheetSays() {
    for (String name : List.of("671-struer", "846-mariagerfjord", "860-hjoerring")) {
      BundleFile sheet = file("stickers/" + name + "-sheet.pdf");
      PrintFacts facts = PrintFacts.of(file("stickers/" + name + ".pdf"), sample);

      assertThat(sheet.title()).endsWith(", " + facts.finishing().perSheet() + " pr. ark");
      assertThat(facts.finishing().sheets()).isEqualTo(sheet.copies());
    }
  }

  @Test
  void theAnnualReportIsSaddleStitched() {
    PrintFacts facts = facts("annual-report.pdf");

    assertThat(facts.binding()).isEqualTo("saddle-stitch");
    assertThat(facts.colours()).isEqualTo("4/4");
    assertThat(facts.copies()).isEqualTo(600);
  }

  @Test
  void theMapHasTheFactsInAFixedOrder() {
    assertThat(facts("stickers/860-hjoerring.pdf").asMap())
        .containsExactly(
            entry("path", "stickers/860-hjoerring.pdf"),
            entry("product", "sticker"),
            entry("title", "Klistermærke til kataloget, Hjørring Kommune"),
            entry("municipality", 860),
            entry("trim", "60 x 60 mm"),
            entry("trim_mm", List.of(60.0, 60.0)),
            entry("pages", 1),
            entry("colours", "4/0"),
            entry("spot_colours", List.of("CutContour")),
            entry("paper", null),
            entry("paper_caliper_mm", null),
            entry("binding", "die-cut"),
            entry("standard", "PDF/X-4"),
            entry("output_condition", "FOGRA39"),
            entry("bleed_mm", 2.0),
            entry("copies", 1100),
            entry("copies_unit", "copies"),
            entry("finishing", Map.of("die_line", "CutContour", "per_sheet", 24, "sheets", 46)));
  }

  private static Map.Entry<String, Object> entry(String key, Object value) {
    return new AbstractMap.SimpleEntry<>(key, value);
  }

  private static PrintFacts facts(String path) {
    return PrintFacts.of(file(path), sample);
  }

  private static BundleFile file(String path) {
    return SampleBundle.files().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow();
  }
}
