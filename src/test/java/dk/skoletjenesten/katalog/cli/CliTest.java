package dk.skoletjenesten.katalog.cli;

import static dk.skoletjenesten.katalog.testing.BlankPdfs.blankPages;
import static dk.skoletjenesten.katalog.testing.BlankPdfs.bookmarkedPages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.bundle.OutFolder;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.pipeline.Publisher;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final Path VALID = Path.of("src/test/resources/registry/valid-csv");
  private static final byte[] PDF = bookmarkedPages(4);

  /** The manifest of an earlier bundle, which a build may replace. */
  private static final String OLD_MANIFEST = "{\"edition\": \"2017/18\", \"files\": []}";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(List<Publisher> publishers, String... args) {
    return new Cli(new PrintWriter(out), new PrintWriter(err), options -> publishers).run(args);
  }

  private static Publisher publisher(Product key, String name, PublishAction action) {
    return new Publisher() {
      @Override
      public Product key() {
        return key;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public List<BundleFile> publish(
          Registry registry, IntPredicate municipalities, Diagnostics diagnostics) {
        return action.publish(registry, diagnostics);
      }
    };
  }

  interface PublishAction {
    List<BundleFile> publish(Registry registry, Diagnostics diagnostics);
  }

  private static final Publisher ONE_FILE =
      publisher(
          Product.CATALOGUE,
          "catalogue",
          (r, d) ->
              List.of(
                  BundleFile.builder("catalogue.pdf", Product.CATALOGUE)
                      .title("Katalog")
                      .copies(r.totalCopies())
                      .pages(4)
                      .trimMm(210, 297)
                      .content(PDF)
                      .build()));

  @Test
  void validatePrintsTheSummaryAndExitsZero() {
    int code = run(List.of(), "validate", "--data", VALID.toString());

    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .contains(VALID + ": 0 errors, 3 warnings")
        .contains("Institutions with offers: 4 (1 without offers left out)")
        .contains("  Kunst, design og arkitektur                  1")
        .contains("  Dagtilbud                                    1")
        .contains("Copies: 90 to 4 schools")
        .contains("Insert orders: 1 (Aabenraa)")
        .contains("Sticker orders: 1 (Hjørring)");
    assertThat(err.toString())
        .contains("warning: id: \"tomt-vaerksted\" has no offers")
        .contains(
            VALID.resolve("orders/inserts/aabenraa.json")
                + ": $.copies: warning: 900 inserts ordered for the 30 catalogues of Aabenraa"
                + " Kommune's 1 school; the 870 extra go to the municipality");
  }

  @Test
  void validateReportsEveryProblemAndExitsOne(@TempDir Path tmp) throws IOException {
    Path data = TestFolders.copy(VALID, tmp.resolve("data"));
    replace(data.resolve("schools.csv"), "Lejre Skole;350;20", "Lejre Skole;350;0");
    replace(data.resolve("offers.csv"), ";7;10;", ";7;12;");

    int code = run(List.of(), "validate", "--data", data.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains(data.resolve("offers.csv") + ":5: error: grade_to: expected 0-10, got \"12\"")
        .contains(data.resolve("schools.csv") + ":3: error: copies: expected 1-10000, got \"0\"")
        .doesNotContain("Exception");
    assertThat(out.toString()).contains("2 errors, 3 warnings");
  }

  @Test
  void timingsGiveEveryStageThePagesAndThePeakMemoryAsJson(@TempDir Path tmp) throws IOException {
    Path timings = tmp.resolve("timings.json");

    int code =
        run(
            List.of(ONE_FILE),
            "build",
            "--data",
            VALID.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--timings",
            timings.toString());

    assertThat(code).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(timings.toFile());
    assertThat(json.get("stages_s").fieldNames())
        .toIterable()
        .containsExactly("read", "layout", "finishing", "preflight", "proofs", "write");
    assertThat(json.at("/stages_s/preflight").asDouble()).isPositive();
    assertThat(json.get("print_pages").asInt()).isEqualTo(4);
    assertThat(json.get("pages").asInt()).as("with the screen edition").isEqualTo(8);
    assertThat(json.get("build_s").asDouble())
        .isPositive()
        .isLessThanOrEqualTo(json.get("process_s").asDouble());
    assertThat(json.get("peak_resident_mb").asLong()).isPositive();
  }

  @Test
  void benchBuildsInNewProcessesStageByStageAndWritesTheFiguresAsJson(@TempDir Path tmp)
      throws IOException {
    Path json = tmp.resolve("bench.json");
    int code =
        Cli.standard(new PrintWriter(out), new PrintWriter(err))
            .run(
                "bench",
                "--data",
                "src/test/resources/catalogue/fixture",
                "--scenarios",
                "catalogue",
                "--json",
                json.toString());

    assertThat(code).as(err.toString()).isEqualTo(0);
    assertThat(out.toString())
        .contains("read  layout  finish  preflt  proofs   write  pages/s  peak MB")
        .containsPattern(
            "catalogue      1      49 +\\d+\\.\\d( +\\d+\\.\\d){6} +\\d+\\.\\d +\\d+\\n");
    JsonNode run = new ObjectMapper().readTree(json.toFile()).at("/scenarios/catalogue/runs/0");
    assertThat(run.at("/build/print_pages").asInt()).isEqualTo(49);
    assertThat(run.at("/build/max_heap_mb").asInt())
        .as("the launcher's bounded heap")
        .isLessThan(1300);
    for (String stage : List.of("read", "layout", "finishing", "preflight", "proofs", "write")) {
      assertThat(run.at("/build/stages_s/" + stage).asDouble()).as(stage).isPositive();
    }
    assertThat(run.at("/peak_mb").asInt()).isGreaterThan(run.at("/build/peak_resident_mb").asInt());
  }

  @Test
  void benchReplacesOnlyAJsonFileItWroteItself(@TempDir Path tmp) throws IOException {
    Path json = Files.writeString(tmp.resolve("mine.json"), "{\"notes\": true}");

    int code =
        Cli.standard(new PrintWriter(out), new PrintWriter(err))
            .run("bench", "--scenarios", "catalogue", "--json", json.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(json + ": error: --json: the file exists and katalog bench did not write it\n");
    assertThat(Files.readString(json)).isEqualTo("{\"notes\": true}");
  }

  @Test
  void preflightReportsEveryFileAndExitsOneWhenOneFails(@TempDir Path tmp) throws IOException {
    Path blank = Files.write(tmp.resolve("blank.pdf"), blankPages(3));

    int code =
        run(
            List.of(),
            "preflight",
            "--standard",
            "any",
            "--trim",
            "210x297",
            "--pages",
            "4n",
            blank.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains(blank + ": failed: 3 pages, 4 errors, 0 warnings")
        .contains(blank + ": error: pages: 3 pages, expected a multiple of 4")
        .contains(blank + ": page 1: error: boxes: TrimBox is missing, expected one on every page")
        .endsWith("1 file checked, 1 failed: 4 errors, 0 warnings\n");
  }

  @Test
  void preflightRejectsAnUnknownStandardAsUsage(@TempDir Path tmp) {
    assertThat(run(List.of(), "preflight", "--standard", "x3", "a.pdf")).isEqualTo(2);
    assertThat(err.toString()).contains("--standard: expected x4, x1a or any, got x3");
  }

  @Test
  void onlyThatMatchesNothingIsRefusedAndKeepsTheOldBundle(@TempDir Path tmp) throws IOException {
    Path outDir = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(outDir.resolve("manifest.json"), OLD_MANIFEST);

    int code =
        Cli.standard(new PrintWriter(out), new PrintWriter(err))
            .run(
                "build",
                "--data",
                VALID.toString(),
                "--out",
                outDir.toString(),
                "--only",
                "insert:999");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            VALID
                + ": error: nothing to publish: no order or publication matches what was asked for (see --only)");
    assertThat(Files.readString(outDir.resolve("manifest.json"))).isEqualTo(OLD_MANIFEST);
  }

  @Test
  void onlyWithAnUnknownPublicationIsAUsageError(@TempDir Path tmp) {
    int code =
        run(
            List.of(ONE_FILE),
            "build",
            "--data",
            VALID.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--only",
            "catalogue,catalogue-cover");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "katalog: --only: expected one of catalogue, insert, sticker, annual-report (optionally :CODE), got"
                + " catalogue-cover\n"
                + "Try 'katalog build --help' for more information.\n");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void onlyWithABadMunicipalityCodeIsAUsageError() {
    assertThat(run(List.of(ONE_FILE), "build", "--only", "insert:58x")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("katalog: --only: expected a municipality code after insert:, got 58x\n");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(run(List.of(), "frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument").contains("katalog --help");
  }

  @Test
  void everyCommandsHelpIsFormattedWithoutPicocliWarnings() {
    PrintStream systemErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (String command : List.of("validate", "build", "preflight", "bench")) {
        assertThat(run(List.of(), command, "--help")).isEqualTo(0);
      }
    } finally {
      System.setErr(systemErr);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toString()).contains("FOGRA39 (330% ink) or FOGRA51 (300%); default: FOGRA39.");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    assertThat(run(List.of(), "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("validate").contains("build").contains("3  internal error");
  }

  @Test
  void buildWritesTheFilesAndAManifestWithChecksums(@TempDir Path tmp) throws Exception {
    Path outDir = tmp.resolve("out");

    int code =
        run(List.of(ONE_FILE), "build", "--data", VALID.toString(), "--out", outDir.toString());

    assertThat(code).isEqualTo(0);
    byte[] finished = Files.readAllBytes(outDir.resolve("catalogue.pdf"));
    try (var pdf = Loader.loadPDF(finished)) {
      PdfBoxChecks.assertTrimPlusBleed(pdf, 210, 297, 3);
      assertThat(pdf.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion"))
          .isEqualTo("PDF/X-4");
    }
    assertThat(Files.readString(outDir.resolve("preflight.txt")))
        .startsWith("catalogue.pdf: passed: 4 pages, 0 errors");
    assertThat(
            new ObjectMapper()
                .readTree(outDir.resolve("preflight.json").toFile())
                .get(0)
                .get("passed")
                .asBoolean())
        .isTrue();
    JsonNode manifest = new ObjectMapper().readTree(outDir.resolve("manifest.json").toFile());
    assertThat(manifest.get("edition").asText()).isEqualTo("2018/19");
    assertThat(manifest.get("revision").asText()).isEqualTo("2018-08-13");
    assertThat(manifest.get("data_sha256").asText())
        .isEqualTo(sha256(Files.readAllBytes(outDir.resolve("registry.json"))));
    assertThat(manifest.get("files"))
        .extracting(f -> f.get("path").asText())
        .containsExactly("catalogue-screen.pdf", "catalogue.pdf");
    JsonNode screen = manifest.get("files").get(0);
    assertThat(screen.get("product").asText()).isEqualTo("catalogue-screen");
    assertThat(screen.get("copies").asInt()).isZero();
    assertThat(screen.has("print")).isFalse();
    Map<String, String> others = new TreeMap<>();
    manifest
        .get("other_files")
        .forEach(f -> others.put(f.get("path").asText(), f.get("sha256").asText()));
    assertThat(others.keySet())
        .filteredOn(path -> !path.startsWith("proofs/"))
        .containsExactly(
            "distribution-municipalities.csv",
            "distribution.csv",
            "preflight.json",
            "preflight.txt",
            "print-order.json",
            "print-order.pdf",
            "registry.json");
    assertThat(others.keySet())
        .filteredOn(path -> path.startsWith("proofs/"))
        .containsExactly(
            "proofs/catalogue/contact-sheet-01.png",
            "proofs/catalogue/contact-sheet.pdf",
            "proofs/catalogue/p001.png",
            "proofs/catalogue/p002.png",
            "proofs/catalogue/p003.png",
            "proofs/catalogue/p004.png",
            "proofs/catalogue/spreads/s001.png",
            "proofs/catalogue/spreads/s002.png",
            "proofs/catalogue/spreads/s003.png");
    for (Map.Entry<String, String> other : others.entrySet()) {
      assertThat(other.getValue())
          .as(other.getKey())
          .isEqualTo(sha256(Files.readAllBytes(outDir.resolve(other.getKey()))));
    }
    JsonNode file = manifest.get("files").get(1);
    assertThat(file.get("path").asText()).isEqualTo("catalogue.pdf");
    assertThat(file.get("product").asText()).isEqualTo("catalogue");
    assertThat(file.get("pages").asInt()).isEqualTo(4);
    assertThat(file.get("trim_mm").toString()).isEqualTo("[210.0,297.0]");
    assertThat(file.get("copies").asInt()).isEqualTo(90);
    assertThat(file.has("municipality")).isFalse();
    assertThat(file.get("title").asText()).isEqualTo("Katalog");
    assertThat(file.at("/print/standard").asText()).isEqualTo("PDF/X-4");
    assertThat(file.at("/print/binding").asText()).isEqualTo("perfect");
    assertThat(file.at("/print/colours").asText()).isEqualTo("4/4");
    assertThat(file.get("sha256").asText()).isEqualTo(sha256(finished));
    assertThat(out.toString()).contains("Wrote " + outDir + " with 2 files and manifest.json");
  }

  @Test
  void aFileThatFailsPreflightRefusesTheBundle(@TempDir Path tmp) {
    Path outDir = tmp.resolve("out");
    Publisher oddPages =
        publisher(
            Product.CATALOGUE,
            "catalogue",
            (r, d) ->
                List.of(
                    BundleFile.builder("catalogue.pdf", Product.CATALOGUE)
                        .title("Katalog")
                        .copies(1)
                        .pages(3)
                        .trimMm(210, 297)
                        .content(blankPages(3))
                        .build()));

    int code =
        run(List.of(oddPages), "build", "--data", VALID.toString(), "--out", outDir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            outDir.resolve("catalogue.pdf") + ": error: pages: 3 pages, expected a multiple of 4");
    assertThat(siblings(tmp)).isEmpty();
  }

  @Test
  void cropMarksGrowTheMediaBoxOutsideTheBleed(@TempDir Path tmp) throws IOException {
    Path outDir = tmp.resolve("out");

    int code =
        run(
            List.of(ONE_FILE),
            "build",
            "--data",
            VALID.toString(),
            "--out",
            outDir.toString(),
            "--crop-marks");

    assertThat(code).as(err.toString()).isEqualTo(0);
    try (var pdf = Loader.loadPDF(outDir.resolve("catalogue.pdf").toFile())) {
      var page = pdf.getPage(0);
      PdfBoxChecks.assertBox("MediaBox", page.getMediaBox(), -6, -6, 222, 309);
      PdfBoxChecks.assertBox("BleedBox", page.getBleedBox(), 0, 0, 216, 303);
    }
  }

  @Test
  void buildWithBadDataWritesNothingAndKeepsTheOldBundle(@TempDir Path tmp) throws IOException {
    Path data = TestFolders.copy(VALID, tmp.resolve("data"));
    replace(data.resolve("offers.csv"), ";7;10;", ";7;12;");
    Path outDir = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(outDir.resolve("manifest.json"), OLD_MANIFEST);

    int code =
        run(List.of(ONE_FILE), "build", "--data", data.toString(), "--out", outDir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(Files.readString(outDir.resolve("manifest.json"))).isEqualTo(OLD_MANIFEST);
    assertThat(err.toString()).contains("nothing was written to " + outDir);
    assertThat(siblings(tmp)).containsExactlyInAnyOrder("data", "out");
  }

  @Test
  void outAtTheDataFolderOrItsParentIsRefusedAndNothingIsTouched(@TempDir Path tmp)
      throws IOException {
    Path data = TestFolders.copy(VALID, tmp.resolve("data"));
    List<String> before = siblings(data);

    int intoData =
        run(List.of(ONE_FILE), "build", "--data", data.toString(), "--out", data.toString());
    int intoParent =
        run(List.of(ONE_FILE), "build", "--data", data.toString(), "--out", tmp.toString());

    assertThat(intoData).isEqualTo(1);
    assertThat(intoParent).isEqualTo(1);
    assertThat(err.toString())
        .contains(data + ": error: --out: is the data folder; a build replaces OUT as a whole")
        .contains(tmp + ": error: --out: holds the data folder " + data);
    assertThat(siblings(data)).isEqualTo(before);
    assertThat(siblings(tmp)).containsExactly("data");
  }

  @Test
  void aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstHoldsIt(@TempDir Path tmp) {
    Path outDir = tmp.resolve("out");
    int code;
    try (OutFolder.Lock first = OutFolder.lock(outDir)) {
      code =
          run(List.of(ONE_FILE), "build", "--data", VALID.toString(), "--out", outDir.toString());
    }

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            outDir
                + ": error: --out: another katalog build (pid "
                + ProcessHandle.current().pid()
                + ") is writing this folder: wait until it has finished");
    assertThat(siblings(tmp)).isEmpty();
  }

  @Test
  void aRefusedBuildAfterAKilledSwapPutsThePreviousBundleBackAndSaysSo(@TempDir Path tmp)
      throws IOException {
    Path data = TestFolders.copy(VALID, tmp.resolve("data"));
    replace(data.resolve("offers.csv"), ";7;10;", ";7;12;");
    Path outDir = tmp.resolve("out");
    Path movedAside = Files.createDirectories(tmp.resolve(".out.old-00000000001234567890-4321"));
    Files.writeString(movedAside.resolve("manifest.json"), OLD_MANIFEST);
    Files.createDirectories(tmp.resolve(".out.tmp-00000000001234567891-4321"));

    int code =
        run(List.of(ONE_FILE), "build", "--data", data.toString(), "--out", outDir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(Files.readString(outDir.resolve("manifest.json"))).isEqualTo(OLD_MANIFEST);
    assertThat(err.toString())
        .contains(
            outDir
                + ": warning: put the previous bundle back: an earlier build was stopped while"
                + " replacing it");
    assertThat(siblings(tmp)).containsExactlyInAnyOrder("data", "out");
  }

  @Test
  void runningOutOfMemoryExitsThreeSaysHowToGiveMoreAndWritesNothing(@TempDir Path tmp) {
    Path outDir = tmp.resolve("out");
    Publisher hungry =
        publisher(
            Product.CATALOGUE,
            "catalogue",
            (r, d) -> {
              throw new OutOfMemoryError("Java heap space");
            });

    int code =
        run(List.of(hungry), "build", "--data", VALID.toString(), "--out", outDir.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .contains("katalog: internal error: Java heap space")
        .containsPattern(
            "The heap \\(\\d+ MB\\) is too small for this data: give the JVM more, e.g. java"
                + " -Xmx4g -jar katalog.jar ...")
        .doesNotContain("\tat ");
    assertThat(siblings(tmp)).isEmpty();
  }

  @Test
  void aFailingPublicationLeavesNoOutputFolderAndExitsThree(@TempDir Path tmp) {
    Path outDir = tmp.resolve("out");
    Publisher broken =
        publisher(
            Product.CATALOGUE,
            "catalogue",
            (r, d) -> {
              throw new IllegalStateException("renderer crashed");
            });

    int code =
        run(
            List.of(ONE_FILE, broken),
            "build",
            "--data",
            VALID.toString(),
            "--out",
            outDir.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .contains("katalog: internal error: while making the catalogue: renderer crashed")
        .doesNotContain("\tat ");
    assertThat(siblings(tmp)).isEmpty();
  }

  @Test
  void anErrorFoundWhileMakingAPublicationRefusesTheBundle(@TempDir Path tmp) {
    Path outDir = tmp.resolve("out");
    Publisher refusing =
        publisher(
            Product.INSERT,
            "insert",
            (r, d) -> {
              d.add(
                  Diagnostic.errorAt(
                      "orders/inserts/aabenraa.json",
                      "$",
                      null,
                      "the selection does not fit 16 pages"));
              return List.of();
            });

    int code =
        run(
            List.of(ONE_FILE, refusing),
            "build",
            "--data",
            VALID.toString(),
            "--out",
            outDir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("orders/inserts/aabenraa.json: $: error: the selection does not fit 16 pages");
    assertThat(siblings(tmp)).isEmpty();
  }

  @Test
  void theOutputFolderAppearsOnlyWhenTheBuildIsComplete(@TempDir Path tmp) throws IOException {
    Path outDir = tmp.resolve("out");
    Files.createDirectories(tmp.resolve(".out.tmp-12345"));
    Publisher watching =
        publisher(
            Product.CATALOGUE,
            "catalogue",
            (r, d) -> {
              assertThat(outDir).doesNotExist();
              return ONE_FILE.publish(r, municipality -> true, d);
            });

    int code =
        run(List.of(watching), "build", "--data", VALID.toString(), "--out", outDir.toString());

    assertThat(code).isEqualTo(0);
    assertThat(siblings(tmp)).as("a killed run's work folder is removed").containsExactly("out");
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static List<String> siblings(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void replace(Path file, String find, String replacement) throws IOException {
    Files.writeString(file, Files.readString(file).replace(find, replacement));
  }
}
