package dk.skoletjenesten.katalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skoletjenesten.katalog.testing.ChildJvm;
import dk.skoletjenesten.katalog.testing.DistributionCsv;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole sample bundle as {@code katalog build} writes it, built once for these tests: the same
 * bytes from another process, what {@code --since} finds after two edits, and the README's account
 * of every file.
 */
class SampleBundleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFER = "aabenraa-bibliotek-informationssoegning";
  private static final String PLACE = "aabenraa-billedskole";

  @TempDir static Path tmp;
  static Path bundle;

  @BeforeAll
  static void buildTheSample() {
    bundle = tmp.resolve("first");
    build("--data", "sample-data", "--out", bundle.toString());
  }

  private static String build(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> command = new ArrayList<>(List.of("build"));
    command.addAll(List.of(args));
    int code =
        Cli.standard(new PrintWriter(out), new PrintWriter(err))
            .run(command.toArray(String[]::new));
    assertThat(code).as("%s%s", out, err).isZero();
    return out.toString();
  }

  @Test
  void aBuildInAnotherProcessWritesTheSameBytesInEveryFile() throws Exception {
    Path second = tmp.resolve("second");
    ChildJvm.Ended child =
        ChildJvm.run(
            Main.class,
            tmp.resolve("second.log"),
            10,
            "build",
            "--data",
            "sample-data",
            "--out",
            second.toString());
    assertThat(child.exitCode()).as(child.output()).isZero();

    Map<String, byte[]> first = contents(bundle);
    Map<String, byte[]> other = contents(second);
    assertThat(other.keySet()).containsExactlyElementsOf(first.keySet());
    for (String path : first.keySet()) {
      assertThat(other.get(path)).as(path).isEqualTo(first.get(path));
    }
  }

  @Test
  void sinceFindsExactlyTheEditedTitleAndDescriptionAndThePagesTheyPrintOn() throws IOException {
    Path data = TestFolders.copy(Path.of("sample-data"), tmp.resolve("edited-data"));
    replace(
        data.resolve("offers.json"),
        "\"title\" : \"Informationssøgning\"",
        "\"title\" : \"Informationsjagt\"");
    replace(
        data.resolve("institutions.csv"),
        "Forløbene er praktiske, og eleverne",
        "Forløbene er håndfaste, og eleverne");
    Path edited = tmp.resolve("edited");

    build("--data", data.toString(), "--out", edited.toString(), "--since", bundle.toString());

    JsonNode changes = JSON.readTree(edited.resolve("changes.json").toFile());
    JsonNode offers = changes.at("/data/offers");
    assertThat(offers.get("added")).isEmpty();
    assertThat(offers.get("removed")).isEmpty();
    assertThat(offers.get("changed")).hasSize(1);
    assertThat(offers.at("/changed/0/id").asText()).isEqualTo(OFFER);
    assertThat(offers.at("/changed/0/fields").toString())
        .isEqualTo(
            "[{\"field\":\"title\",\"old\":\"Informationssøgning\",\"new\":\"Informationsjagt\"}]");
    JsonNode places = changes.at("/data/places");
    assertThat(places.get("added")).isEmpty();
    assertThat(places.get("removed")).isEmpty();
    assertThat(places.get("changed")).hasSize(1);
    assertThat(places.at("/changed/0/id").asText()).isEqualTo(PLACE);
    assertThat(places.at("/changed/0/fields/0/field").asText()).isEqualTo("description");

    Map<String, TreeSet<Integer>> expected = new TreeMap<>();
    for (String path : List.of("catalogue.pdf", "inserts/580-aabenraa.pdf")) {
      expected.put(path, pagesPrinting(edited.resolve(path), "Informationsjagt", "håndfaste"));
    }
    Map<String, TreeSet<Integer>> found = new TreeMap<>();
    for (JsonNode publication : changes.get("publications")) {
      TreeSet<Integer> pages = new TreeSet<>();
      publication.get("changed_pages").forEach(p -> pages.add(p.get("page").asInt()));
      if (!pages.isEmpty()) {
        found.put(publication.get("path").asText(), pages);
      }
      assertThat(publication.get("moved_pages")).as(publication.toString()).isEmpty();
    }
    assertThat(found).isEqualTo(expected);
    assertThat(Files.readString(edited.resolve("changes.html"))).contains("Informationsjagt");
  }

  @Test
  void theDistributionHandsOutExactlyTheCopiesOfTheManifest() throws IOException {
    JsonNode manifest = JSON.readTree(bundle.resolve("manifest.json").toFile());
    DistributionCsv.Sums sums =
        DistributionCsv.sums(Files.readAllBytes(bundle.resolve("distribution.csv")));

    Map<String, Integer> local = new TreeMap<>();
    for (JsonNode file : manifest.get("files")) {
      String product = file.get("product").asText();
      if (product.equals("catalogue") || product.equals("catalogue-cover")) {
        assertThat(sums.catalogues())
            .as(file.get("path").asText())
            .isEqualTo(file.get("copies").asInt());
      } else if (product.equals("insert") || product.equals("sticker")) {
        local.put(file.get("path").asText(), file.get("copies").asInt());
      }
    }
    assertThat(sums.catalogues()).isEqualTo(17_500);
    assertThat(local).hasSize(6);
    assertThat(sums.copiesByFile()).isEqualTo(local);
  }

  @Test
  void theCatalogueScreenEditionHasAnOutlineAndLinksThatLandOnItsPages() throws IOException {
    try (PDDocument screen = Loader.loadPDF(bundle.resolve("catalogue-screen.pdf").toFile());
        PDDocument print = Loader.loadPDF(bundle.resolve("catalogue.pdf").toFile())) {
      assertThat(screen.getNumberOfPages()).isEqualTo(print.getNumberOfPages());
      assertThat(screen.getDocumentCatalog().getDocumentOutline()).isNotNull();
      assertThat(screen.getDocumentCatalog().getDocumentOutline().children()).hasSizeGreaterThan(7);
      int internal = 0;
      int web = 0;
      for (PDPage page : screen.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          PDAnnotationLink link = (PDAnnotationLink) annotation;
          if (link.getAction() instanceof PDActionURI uri) {
            assertThat(uri.getURI()).matches("(https://|mailto:).+");
            web++;
          } else {
            PDDestination destination =
                link.getDestination() != null
                    ? link.getDestination()
                    : ((PDActionGoTo) link.getAction()).getDestination();
            PDPageDestination target =
                destination instanceof PDNamedDestination named
                    ? screen.getDocumentCatalog().findNamedDestinationPage(named)
                    : (PDPageDestination) destination;
            assertThat(target.retrievePageNumber()).isBetween(0, screen.getNumberOfPages() - 1);
            internal++;
          }
        }
      }
      assertThat(internal).isGreaterThan(1_000);
      assertThat(web).isGreaterThan(300);
      for (PDPage page : print.getPages()) {
        assertThat(page.getAnnotations()).as("a print file carries no links").isEmpty();
      }
    }
  }

  @Test
  void theReadmeGivesEveryFileOfTheBundleAPurpose() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf("## The bundle"));
    table = table.substring(0, table.indexOf("\n## ", 3));
    Map<String, Pattern> documented = new TreeMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| (.+) \\|$").matcher(table);
    while (row.find()) {
      assertThat(row.group(2).strip()).as(row.group(1)).isNotEmpty();
      documented.put(row.group(1), pathPattern(row.group(1)));
    }
    assertThat(documented).hasSizeGreaterThan(15);
    Set<String> used = new TreeSet<>();
    for (String path : contents(bundle).keySet()) {
      List<String> matching =
          documented.entrySet().stream()
              .filter(e -> e.getValue().matcher(path).matches())
              .map(Map.Entry::getKey)
              .toList();
      assertThat(matching).as("the README's row for %s", path).isNotEmpty();
      used.addAll(matching);
    }
    assertThat(documented.keySet())
        .as("rows for files the sample bundle does not have (only --since adds files)")
        .allMatch(p -> used.contains(p) || p.startsWith("changes"));
  }

  /**
   * A README path with placeholders as a pattern: {@code <...>} one or more path parts, {@code NNN}
   * and {@code NN} digits.
   */
  private static Pattern pathPattern(String documented) {
    StringBuilder regex = new StringBuilder();
    Matcher part = Pattern.compile("<[^>]+>|N{2,}|[^<N]+|N").matcher(documented);
    while (part.find()) {
      String token = part.group();
      if (token.startsWith("<")) {
        regex.append("[a-z0-9æøå._/-]+");
      } else if (token.matches("N{2,}")) {
        regex.append("[0-9]{").append(token.length()).append(",}");
      } else {
        regex.append(Pattern.quote(token));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** The pages (1-based) of {@code pdf} that print any of {@code words}. */
  private static TreeSet<Integer> pagesPrinting(Path pdf, String... words) throws IOException {
    TreeSet<Integer> pages = new TreeSet<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document).replace("\u00ad", "").replace("-\n", "");
        for (String word : words) {
          if (text.contains(word)) {
            pages.add(page);
          }
        }
      }
    }
    return pages;
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** Replaces the first {@code find} in {@code file} (generated descriptions share sentences). */
  private static void replace(Path file, String find, String replacement) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(find);
    int at = text.indexOf(find);
    Files.writeString(
        file, text.substring(0, at) + replacement + text.substring(at + find.length()));
  }
}
