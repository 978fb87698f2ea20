package dk.skoletjenesten.katalog.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.testing.DistributionCsv;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {
  private static Registry sample;
  private static Distribution distribution;

  @BeforeAll
  static void distributeTheSample() {
    sample = SampleBundle.registry();
    distribution = Distribution.of(sample, SampleBundle.files());
  }

  @Test
  void sampleDistributionHandsOutEveryFilesCopies() {
    assertThat(distribution.catalogues()).isEqualTo(17_500);
    assertThat(distribution.rows().stream().filter(r -> !r.isSurplus())).hasSize(800);
    assertThat(distribution.copiesOf("inserts/461-odense.pdf")).isEqualTo(1073);
    assertThat(distribution.copiesOf("inserts/607-fredericia.pdf")).isEqualTo(300);
    assertThat(distribution.copiesOf("stickers/860-hjoerring.pdf")).isEqualTo(1100);
    assertThat(distribution.copiesOf("stickers/671-struer.pdf")).isEqualTo(113);
    assertThat(distribution.disagreements(SampleBundle.files())).isEmpty();
    assertThat(distribution.totalsAgree(SampleBundle.files())).isTrue();
  }

  @Test
  void theWrittenCsvSumsToEveryFilesCopies() {
    DistributionCsv.Sums sums = DistributionCsv.sums(distribution.csv());

    assertThat(sums.catalogues()).isEqualTo(17_500);
    Map<String, Integer> expected = new TreeMap<>();
    SampleBundle.files().stream()
        .filter(f -> f.product() == Product.INSERT || f.product() == Product.STICKER)
        .forEach(f -> expected.put(f.path(), f.copies()));
    assertThat(sums.copiesByFile()).isEqualTo(expected);
  }

  @Test
  void copiesAboveTheCataloguesGoToTheMunicipalityInARowOfTheirOwn() {
    assertThat(lines(distribution.csv()))
        .filteredOn(l -> l.startsWith(";"))
        .containsExactly(
            ";Overskud til kommunen: Pædagogisk Center Fredericia, aabenskole@fredericia.dk, 72 10"
                + " 63 20;607;Fredericia Kommune;0;inserts/607-fredericia.pdf;78;;0",
            ";Overskud til kommunen;846;Mariagerfjord Kommune;0;;0;stickers/846-mariagerfjord.pdf;64",
            ";Overskud til kommunen;860;Hjørring Kommune;0;;0;stickers/860-hjoerring.pdf;692");
  }

  @Test
  void csvIsForDanishExcelSemicolonsUtf8WithBomAndCrlf() {
    byte[] csv = distribution.csv();
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    List<String> lines = lines(csv);
    assertThat(lines).hasSize(1 + 800 + 3);
    assertThat(lines.get(0))
        .isEqualTo(
            "school_id;school;municipality_code;municipality;catalogues;insert;inserts;sticker;stickers");
    assertThat(lines)
        .contains(
            "s101-agerbjergskolen;Agerbjergskolen;101;Københavns Kommune;26;;0;;0",
            "s607-den-frie-skole-i-fredericia;Den Frie Skole i Fredericia;607;Fredericia"
                + " Kommune;16;inserts/607-fredericia.pdf;16;;0",
            "s860-birkeskolen;Birkeskolen;860;Hjørring Kommune;19;;0;stickers/860-hjoerring.pdf;19");
  }

  @Test
  void schoolsAreListedByMunicipalityThenDanishName() {
    List<String> hjoerring =
        distribution.rows().stream()
            .filter(r -> r.municipalityCode() == 860 && !r.isSurplus())
            .map(Distribution.Row::school)
            .toList();
    assertThat(hjoerring).startsWith("Birkeskolen", "Bøgevangskolen", "Egegårdskolen");
    assertThat(distribution.rows().get(0).municipalityCode()).isEqualTo(101);
    assertThat(distribution.rows().get(distribution.rows().size() - 1).school())
        .isEqualTo("Overskud til kommunen");
  }

  @Test
  void municipalitiesCsvSumsEachMunicipality() {
    List<String> lines = lines(distribution.municipalitiesCsv());
    assertThat(lines.get(0))
        .isEqualTo(
            "municipality_code;municipality;schools;catalogues;insert;inserts;inserts_surplus;"
                + "sticker;stickers;stickers_surplus;surplus_to");
    assertThat(lines).hasSize(1 + 70);
    assertThat(lines)
        .contains(
            "101;Københavns Kommune;153;3369;;0;0;;0;0;",
            "580;Aabenraa Kommune;14;325;inserts/580-aabenraa.pdf;325;0;;0;0;",
            "607;Fredericia Kommune;12;222;inserts/607-fredericia.pdf;300;78;;0;0;Pædagogisk Center"
                + " Fredericia, aabenskole@fredericia.dk, 72 10 63 20",
            "860;Hjørring Kommune;16;408;;0;0;stickers/860-hjoerring.pdf;1100;692;Hjørring Kommune");
    assertThat(distribution.municipalities().stream().mapToInt(m -> m.catalogues()).sum())
        .isEqualTo(17_500);
  }

  @Test
  void aCellWithTheSeparatorOrAQuoteIsQuoted(@TempDir Path tmp) throws IOException {
    Path data = TestFolders.copy(Path.of("src/test/resources/registry/valid-csv"), tmp);
    Path schools = data.resolve("schools.csv");
    Files.writeString(
        schools,
        Files.readString(schools)
            .replace("Vesterbro Ny Skole", "\"Vesterbro; Ny \"\"Friskole\"\"\""));
    Registry registry = RegistryReader.read(data).registry().orElseThrow();

    List<String> lines = lines(Distribution.of(registry, List.of()).csv());

    assertThat(lines)
        .contains("vesterbro;\"Vesterbro; Ny \"\"Friskole\"\"\";101;Københavns Kommune;25;;0;;0");
    assertThat(DistributionCsv.parse(Distribution.of(registry, List.of()).csv()))
        .contains(
            List.of(
                "vesterbro",
                "Vesterbro; Ny \"Friskole\"",
                "101",
                "Københavns Kommune",
                "25",
                "",
                "0",
                "",
                "0"));
  }

  @Test
  void anOrderForAMunicipalityWithoutSchoolsGoesWhollyToTheMunicipality(@TempDir Path tmp)
      throws IOException {
    Path data = TestFolders.copy(Path.of("src/test/resources/registry/valid-csv"), tmp);
    Path order = data.resolve("orders/inserts/aabenraa.json");
    Files.writeString(
        order, Files.readString(order).replace("\"municipality\": 580", "\"municipality\": 147"));
    Registry registry = RegistryReader.read(data).registry().orElseThrow();
    List<BundleFile> files = List.of(SampleBundle.insert(147, "frederiksberg", "Indstik", 900));

    Distribution distribution = Distribution.of(registry, files);

    assertThat(lines(distribution.csv()))
        .contains(
            ";Overskud til kommunen: Anne Jensen, aj@aabenraa.dk, 73 76 76 76;147;Frederiksberg"
                + " Kommune;0;inserts/147-frederiksberg.pdf;900;;0");
    assertThat(lines(distribution.municipalitiesCsv()))
        .contains(
            "147;Frederiksberg Kommune;0;0;inserts/147-frederiksberg.pdf;900;900;;0;0;Anne Jensen,"
                + " aj@aabenraa.dk, 73 76 76 76");
    assertThat(distribution.disagreements(files)).isEmpty();
  }

  @Test
  void aDisagreementNamesTheFileAndBothNumbers() {
    List<BundleFile> files = new ArrayList<>(SampleBundle.files());
    files.add(SampleBundle.insert(580, "aabenraa-2", "Et andet indstik", 325));
    files.set(
        2,
        SampleBundle.file("catalogue.pdf", Product.CATALOGUE, "Kataloget", 0, 192, 17_400)
            .trimMm(210, 297)
            .build());

    assertThat(distribution.disagreements(files))
        .containsExactly(
            "catalogue.pdf: 17400 copies, but distribution.csv hands out 17500",
            "inserts/580-aabenraa-2.pdf: 325 copies, but distribution.csv hands out 0");
  }

  @Test
  void fewerCopiesThanCataloguesCannotBeDistributed() {
    List<BundleFile> files =
        List.of(SampleBundle.insert(607, "fredericia", "Indstik til Fredericia", 200));

    assertThatThrownBy(() -> Distribution.of(sample, files))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "inserts/607-fredericia.pdf: 200 copies for the 222 catalogues of Fredericia Kommune:"
                + " 22 catalogues would go without");
  }

  @Test
  void aPartialBuildDistributesOnlyItsOwnFiles() {
    List<BundleFile> files =
        List.of(SampleBundle.insert(580, "aabenraa", "Indstik til Aabenraa", 325));

    Distribution partial = Distribution.of(sample, files);

    assertThat(partial.rows()).hasSize(800);
    assertThat(partial.rows().stream().mapToInt(Distribution.Row::inserts).sum()).isEqualTo(325);
    assertThat(partial.rows().stream().mapToInt(Distribution.Row::stickers).sum()).isZero();
    assertThat(partial.catalogues()).isEqualTo(17_500);
    assertThat(partial.disagreements(files)).isEmpty();
  }

  private static List<String> lines(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
    return List.of(text.split("\r\n"));
  }
}
