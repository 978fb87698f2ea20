package dk.skoletjenesten.katalog.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.chart.ChartKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryReaderTest {

  @Test
  void validCsvFolderLoadsWithTheNoOffersAndTheSurplusWarnings(@TempDir Path tmp) {
    Fixture fixture = Fixture.copy(Fixture.VALID_CSV, tmp);

    assertThat(fixture.messages())
        .containsExactly(
            "institutions.csv:7: warning: id: \"tomt-vaerksted\" has no offers and is left out of the publications",
            RegistryValidationTest.FIXTURE_WARNINGS.get(0),
            RegistryValidationTest.FIXTURE_WARNINGS.get(1));
    Registry registry = fixture.read().registry().orElseThrow();
    assertThat(registry.institutions()).hasSize(5);
    assertThat(registry.publishedInstitutions())
        .extracting(Institution::id)
        .doesNotContain("tomt-vaerksted");
    assertThat(registry.offers()).hasSize(5);
    assertThat(registry.totalCopies()).isEqualTo(90);
    assertThat(registry.copiesIn(580)).isEqualTo(30);
  }

  @Test
  void sampleDataValidatesWithZeroErrors() {
    RegistryReader.Result result = RegistryReader.read(Path.of("sample-data"));

    assertThat(result.diagnostics())
        .extracting(d -> d.toString())
        .containsExactly(
            "sample-data/institutions.csv:308: warning: id: \"venneforeningen-for-hornbaek-havn\" "
                + "has no offers and is left out of the publications",
            "sample-data/orders/inserts/fredericia.json: $.copies: warning: 300 inserts ordered for"
                + " the 222 catalogues of Fredericia Kommune's 12 schools; the 78 extra go to the"
                + " municipality",
            "sample-data/orders/stickers/hjoerring.json: $.copies: warning: 1100 stickers ordered for"
                + " the 408 catalogues of Hjørring Kommune's 16 schools; the 692 extra go to the"
                + " municipality",
            "sample-data/orders/stickers/mariagerfjord.json: $.copies: warning: 300 stickers ordered"
                + " for the 236 catalogues of Mariagerfjord Kommune's 10 schools; the 64 extra go to"
                + " the municipality");
    Registry registry = result.registry().orElseThrow();
    assertThat(registry.publishedInstitutions()).hasSize(310);
    assertThat(registry.offers().size()).isGreaterThanOrEqualTo(2000);
    assertThat(registry.totalCopies()).isEqualTo(17_500);
  }

  @Test
  void csvCellsKeepQuotesSemicolonsAndLineBreaks(@TempDir Path tmp) {
    Registry registry = Fixture.copy(Fixture.VALID_CSV, tmp).read().registry().orElseThrow();

    assertThat(registry.requireInstitution("thorvaldsens").description())
        .isEqualTo("Billedhuggerens museum; med \"Jason\" og gipsmodeller\ni den store sal.");
  }

  @Test
  void dawaStyleCodesMeanTheSameMunicipality(@TempDir Path tmp) {
    Registry registry = Fixture.copy(Fixture.VALID_CSV, tmp).read().registry().orElseThrow();

    assertThat(registry.requireMunicipality(101).name()).isEqualTo("Københavns Kommune");
    assertThat(registry.requireInstitution("thorvaldsens").municipality()).isEqualTo(101);
  }

  @Test
  void subjectsAndThemesTakeTheReferenceSpelling(@TempDir Path tmp) {
    Registry registry = Fixture.copy(Fixture.VALID_CSV, tmp).read().registry().orElseThrow();

    assertThat(registry.requireOffer("thorvaldsen-myter").subjects())
        .containsExactly("Billedkunst", "Historie");
    assertThat(registry.requireOffer("sagnlandet-dyr").themes())
        .containsExactly("Natur, udeliv og science", "Krop, sanser og bevægelse");
  }

  @Test
  void csvAndJsonRegistriesWithTheSameContentLoadToEqualModels(@TempDir Path tmp) {
    Registry csv =
        Fixture.copy(Fixture.VALID_CSV, tmp.resolve("csv")).read().registry().orElseThrow();
    Registry json =
        Fixture.copy(Fixture.VALID_JSON, tmp.resolve("json")).read().registry().orElseThrow();

    assertThat(json.institutions()).isEqualTo(csv.institutions());
    assertThat(json.offers()).isEqualTo(csv.offers());
    assertThat(json.edition()).isEqualTo(csv.edition());
    assertThat(json.municipalities()).isEqualTo(csv.municipalities());
  }

  @Test
  void editionDefaultsFillTheOptionalPrintKeys(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .write(
                "edition.json",
                "{ \"school_year\": \"2019/20\", \"title\": \"T\", \"portal_url\": \"https://www.skoletjenesten.dk\","
                    + " \"publisher\": { \"name\": \"S\", \"address\": \"A\", \"email\": \"s@example.dk\" } }");

    Edition edition = fixture.read().registry().orElseThrow().edition();

    assertThat(edition.print()).isEqualTo(PrintSpec.DEFAULT);
    assertThat(edition.date()).isEqualTo(LocalDate.of(2019, 8, 1));
  }

  @Test
  void thePressSheetsGripperIsAPrintSetting(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .write(
                "edition.json",
                "{ \"school_year\": \"2019/20\", \"title\": \"T\", \"portal_url\": \"https://www.skoletjenesten.dk\","
                    + " \"publisher\": { \"name\": \"S\", \"address\": \"A\", \"email\": \"s@example.dk\" },"
                    + " \"print\": { \"sheet_gripper_mm\": 12.5, \"sheet_gripper_edge\": \"left\" } }");

    PrintSpec print = fixture.read().registry().orElseThrow().edition().print();

    assertThat(PrintSpec.DEFAULT.sheetGripperMm()).isEqualTo(10);
    assertThat(PrintSpec.DEFAULT.sheetGripperEdge()).isEqualTo(PrintSpec.SheetEdge.BOTTOM);
    assertThat(print.sheetGripperMm()).isEqualTo(12.5);
    assertThat(print.sheetGripperEdge()).isEqualTo(PrintSpec.SheetEdge.LEFT);
  }

  @Test
  void ordersArticlesAndReportAreRead(@TempDir Path tmp) {
    Registry registry = Fixture.copy(Fixture.VALID_CSV, tmp).read().registry().orElseThrow();

    InsertOrder insert = registry.insertOrders().get(0);
    assertThat(insert.municipality()).isEqualTo(580);
    assertThat(insert.includeLocated()).isTrue();
    assertThat(insert.excludeOffers()).containsExactly("sagnlandet-dyr");
    StickerOrder sticker = registry.stickerOrders().get(0);
    assertThat(sticker.shape()).isEqualTo(StickerOrder.Shape.CIRCLE);
    assertThat(sticker.widthMm()).isEqualTo(60);
    assertThat(sticker.sheet()).isEqualTo(StickerOrder.Sheet.SRA3);
    assertThat(registry.articles())
        .extracting(Article::title)
        .containsExactly("Ud af klasselokalet");
    assertThat(registry.articles().get(0).markdown()).startsWith("\nNår klassen tager ud");
    AnnualReport report = registry.findAnnualReport().orElseThrow();
    assertThat(report.charts().get(0).series()).hasSize(2);
    assertThat(report.sections().get(0).title()).isEqualTo("Forord");
  }

  @Test
  void readsTheWholeAnnualReportContract(@TempDir Path tmp) {
    AnnualReport report =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .read()
            .registry()
            .orElseThrow()
            .findAnnualReport()
            .orElseThrow();

    assertThat(report.trim()).isEqualTo(TrimSize.A4);
    assertThat(report.copies()).isEqualTo(1000);
    assertThat(report.figureGroups())
        .extracting(g -> g.findHeading().orElseThrow())
        .containsExactly("Videncenteret", "Videncenterets afdelinger");
    assertThat(report.keyFigures())
        .extracting(AnnualReport.KeyFigure::value)
        .containsExactly(45.0, 218291.0);
    assertThat(report.findChart("undervist").orElseThrow().kind()).isEqualTo(ChartKind.DONUT);
    assertThat(report.findChart("undervist").orElseThrow().source())
        .isEqualTo("Kilde: Skoletjenestens besøgstal 2017-18");
    assertThat(report.findChart("typer").orElseThrow().source()).isEmpty();
    AnnualReport.Organisation organisation = report.findOrganisation().orElseThrow();
    assertThat(organisation.board().findDescription())
        .contains("Politisk repræsentation fra kommunerne");
    assertThat(organisation.directors().name()).isEqualTo("Direktørkreds");
    assertThat(organisation.units().get(0))
        .isEqualTo(
            new AnnualReport.Unit(
                "Naturcenter Amager Strand",
                "Driftsenheder",
                List.of("Københavns Kommune", "Frederiksberg Kommune")));
    assertThat(organisation.units().get(1).findGroup()).isEmpty();
    AnnualReport.Foreword foreword = report.findForeword().orElseThrow();
    assertThat(foreword.text().title()).isEqualTo("Velkommen til videncenteret");
    assertThat(foreword.signatures())
        .containsExactly(new AnnualReport.Signature("Poul Vestergaard", "leder"));
    assertThat(report.sections())
        .extracting(AnnualReport.ReportSection::title)
        .containsExactly("Forord", "Viden vokser af praksis");
    assertThat(report.sections().get(1).findImage()).contains("artikel.jpg");
    assertThat(report.sections().get(1).findCaption()).contains("Elever undersøger stranden.");
    assertThat(report.sections().get(0).findImage()).isEmpty();
    assertThat(report.channels())
        .containsExactly(
            new AnnualReport.Channel(
                "LinkedIn: Skoletjenesten", "https://www.linkedin.com/company/skoletjenesten"));
  }

  @Test
  void aReportOfTheFirstContractGetsTheDefaults(@TempDir Path tmp) {
    AnnualReport report =
        Fixture.copy(Fixture.VALID_JSON, tmp)
            .read()
            .registry()
            .orElseThrow()
            .findAnnualReport()
            .orElseThrow();

    assertThat(report.trim()).isEqualTo(TrimSize.A4);
    assertThat(report.copies()).isEqualTo(500);
    assertThat(report.figureGroups()).hasSize(1);
    assertThat(report.figureGroups().get(0).findHeading()).isEmpty();
    assertThat(report.keyFigures())
        .extracting(AnnualReport.KeyFigure::value)
        .containsExactly(218291.0);
    assertThat(report.charts().get(0).source()).isEmpty();
    assertThat(report.findOrganisation()).isEmpty();
    assertThat(report.findForeword()).isEmpty();
    assertThat(report.channels()).isEmpty();
    assertThat(report.sections())
        .extracting(AnnualReport.ReportSection::title)
        .containsExactly("Forord");
  }
}
