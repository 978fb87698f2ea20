package dk.skoletjenesten.katalog.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skoletjenesten.katalog.testing.GoldenFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleComparisonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/changes/comparison.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Changes compare() throws IOException {
    Path before = TestBundles.before().write(tmp.resolve("old"));
    Path after = TestBundles.after().write(tmp.resolve("new"));
    return BundleComparison.compare(before, after);
  }

  @Test
  void changesJsonMatchesTheGoldenFile() throws IOException {
    GoldenFiles.assertMatches(GOLDEN, new String(compare().json(), StandardCharsets.UTF_8));
  }

  @Test
  void summaryCountsDataChangesAndPages() throws IOException {
    assertThat(compare().summary())
        .isEqualTo(
            "6 data changes, 3 pages changed in 2 publications, 1 page moved, 3 pages added,"
                + " 1 publication added, 1 publication removed");
  }

  @Test
  void findsTheChangedFieldsAndThePagesTheyAreOn() throws IOException {
    JsonNode json = JSON.readTree(compare().json());
    JsonNode teaser = json.at("/data/offers/changed/0");
    assertThat(teaser.path("id").asText()).isEqualTo("bag-scenen");
    assertThat(teaser.path("pages").toString())
        .as("a changed text no page prints is on no page, though its title is on a changed one")
        .isEqualTo("[]");
    JsonNode offer = json.at("/data/offers/changed/1");
    assertThat(offer.path("id").asText()).isEqualTo("vikingeliv");
    assertThat(offer.at("/fields/0/field").asText()).isEqualTo("title");
    assertThat(offer.at("/fields/0/old").asText()).isEqualTo("Vikingeliv");
    assertThat(offer.at("/fields/0/new").asText()).isEqualTo("Vikingeliv for de mindste");
    assertThat(offer.path("pages").toString())
        .isEqualTo(
            "[{\"path\":\"catalogue.pdf\",\"pages\":[2],\"removed_pages\":[]},"
                + "{\"path\":\"inserts/580-aabenraa.pdf\",\"pages\":[2],\"removed_pages\":[]}]");
    JsonNode place = json.at("/data/places/changed/0");
    assertThat(place.path("id").asText()).isEqualTo("frilandsmuseet");
    assertThat(place.at("/fields/0/field").asText()).isEqualTo("description");
    assertThat(place.at("/pages/0/pages").toString()).isEqualTo("[2]");
    assertThat(json.at("/data/offers/added/0/id").asText()).isEqualTo("fugle");
    assertThat(json.at("/data/offers/removed/0/id").asText()).isEqualTo("stenalderen");
    assertThat(json.at("/data/orders/changed/0/fields").toString())
        .isEqualTo("[{\"field\":\"copies\",\"old\":100,\"new\":120}]");
  }

  @Test
  void aPageOneLaterWithTheSameTextIsAMoveNotAChange() throws IOException {
    JsonNode catalogue = JSON.readTree(compare().json()).at("/publications/1");
    assertThat(catalogue.path("path").asText()).isEqualTo("catalogue.pdf");
    assertThat(catalogue.path("moved_pages").toString()).isEqualTo("[{\"from\":5,\"to\":6}]");
    assertThat(pages(catalogue.path("changed_pages"))).containsExactly(2, 4);
    assertThat(pages(catalogue.path("added_pages"))).containsExactly(5, 7, 8);
    assertThat(catalogue.at("/changed_pages/1/data").toString())
        .isEqualTo("[\"offer:fugle\",\"offer:stenalderen\"]");
  }

  @Test
  void equalDataDigestsSayNoDataChangesWithoutReadingTheSnapshots() throws IOException {
    Path before = TestBundles.before().write(tmp.resolve("old"));
    Path after = TestBundles.before().revision("2026-08-02").write(tmp.resolve("new"));
    Files.writeString(after.resolve("registry.json"), "not read");
    Files.writeString(before.resolve("registry.json"), "not read either");
    Changes changes = BundleComparison.compare(before, after);
    assertThat(changes.summary()).isEqualTo("no data changes, no pages changed");
    assertThat(changes.isEmpty()).isTrue();
    assertThat(JSON.readTree(changes.json()).at("/data/same").asBoolean()).isTrue();
  }

  @Test
  void sameBundlesGiveTheSameBytes() throws IOException {
    Changes first = compare();
    Changes second =
        BundleComparison.compare(
            TestBundles.before().write(tmp.resolve("old-again")),
            TestBundles.after().write(tmp.resolve("new-again")));
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(second.html()).isEqualTo(first.html());
    assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
    first.images().forEach((path, png) -> assertThat(second.images().get(path)).isEqualTo(png));
  }

  @Test
  void htmlIsSelfContainedWithOneImagePerChangedPage() throws IOException {
    Changes changes = compare();
    String html = new String(changes.html(), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("http").doesNotContain("src=\"/").doesNotContain("<link");
    Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
    List<String> sources = new ArrayList<>();
    while (src.find()) {
      sources.add(src.group(1));
    }
    assertThat(sources).hasSize(3).allMatch(s -> s.startsWith("data:image/png;base64,"));
    assertThat(html)
        .contains(
            "<p class=\"summary\">6 data changes, 3 pages changed in 2 publications, 1 page moved,"
                + " 3 pages added, 1 publication added, 1 publication removed</p>")
        .contains("<td class=\"old\"><del>Vikingeliv</del></td>")
        .contains("<td class=\"new\"><ins>Vikingeliv for de mindste</ins></td>")
        .contains("Skoleklasser kan prove livet paa landet, <del>bage brod over aaben ild</del> og")
        .contains("Moved (same content, another number): p. 5 to p. 6")
        .contains("<meta name=\"generator\" content=\"katalog-changes/1\">");
  }

  @Test
  void sideBySideImagesHoldOldAndNewWithTheChangeMarked() throws IOException {
    Changes changes = compare();
    assertThat(changes.images().keySet())
        .containsExactly(
            "changes/catalogue/p002.png",
            "changes/catalogue/p004.png",
            "changes/inserts/580-aabenraa/p002.png");
    var image =
        ImageIO.read(new ByteArrayInputStream(changes.images().get("changes/catalogue/p004.png")));
    assertThat(image.getWidth()).isEqualTo(2 * TestBundles.PROOF_WIDTH + 12);
    assertThat(image.getHeight()).isEqualTo(TestBundles.PROOF_HEIGHT);
    JsonNode region = JSON.readTree(changes.json()).at("/publications/1/changed_pages/1/regions");
    assertThat(region.toString()).isEqualTo("[{\"x\":29,\"y\":13,\"width\":21,\"height\":13}]");
    int red = 0xe01010;
    assertThat(image.getRGB(29, 20) & 0xffffff).isEqualTo(red);
    assertThat(image.getRGB(TestBundles.PROOF_WIDTH + 12 + 29, 20) & 0xffffff).isEqualTo(red);
  }

  @Test
  void aFolderWithoutManifestIsNotABundle() throws IOException {
    Path after = TestBundles.after().write(tmp.resolve("new"));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> BundleComparison.compare(empty, after))
        .isInstanceOf(ComparisonProblem.class)
        .hasMessage(empty + ": not a katalog bundle: it has no manifest.json");
  }

  @Test
  void aBundleOfAnOlderKatalogIsRefusedNamingWhatIsMissing() throws IOException {
    Path before = tmp.resolve("old");
    Files.createDirectories(before);
    Files.writeString(
        before.resolve("manifest.json"),
        "{\"edition\":\"2026/27\",\"files\":[{\"path\":\"catalogue.pdf\",\"pages\":192},"
            + "{\"path\":\"inserts/580-aabenraa.pdf\",\"pages\":8}]}");
    Path after = TestBundles.after().write(tmp.resolve("new"));
    assertThatThrownBy(() -> BundleComparison.compare(before, after))
        .isInstanceOf(ComparisonProblem.class)
        .hasMessage(
            before
                + ": made by an older katalog: it has no data_sha256 in manifest.json, no"
                + " registry.json, no page_hashes in manifest.json (catalogue.pdf,"
                + " inserts/580-aabenraa.pdf); build it again with this katalog to compare it");
  }

  @Test
  void aFolderCanBeCheckedBeforeABuild() throws IOException {
    BundleComparison.requireComparable(TestBundles.before().write(tmp.resolve("old")));
    Path missing = tmp.resolve("nothing-here");
    assertThatThrownBy(() -> BundleComparison.requireComparable(missing))
        .isInstanceOf(ComparisonProblem.class)
        .hasMessage(missing + ": no such folder");
  }

  @Test
  void aMissingProofOfAChangedPageIsNamed() throws IOException {
    Path before = TestBundles.before().write(tmp.resolve("old"));
    Path after = TestBundles.after().write(tmp.resolve("new"));
    Files.delete(before.resolve("proofs/catalogue/p004.png"));
    assertThatThrownBy(() -> BundleComparison.compare(before, after))
        .isInstanceOf(ComparisonProblem.class)
        .hasMessage(
            before
                + ": proofs/catalogue/p004.png is missing (manifest.json lists page 4 of"
                + " catalogue.pdf)");
  }

  private static List<Integer> pages(JsonNode list) {
    List<Integer> pages = new ArrayList<>();
    list.forEach(p -> pages.add(p.path("page").asInt()));
    return pages;
  }
}
