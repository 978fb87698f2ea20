package dk.skoletjenesten.katalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code katalog build --keep-xhtml DIR} on the sample's annual report (charts, photos, codes). */
class KeepXhtmlTest {
  private static final Pattern SRC = Pattern.compile("src=\"([^\"]*)\"");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int build(String... args) {
    List<String> command =
        new ArrayList<>(List.of("build", "--data", "sample-data", "--only", "annual-report"));
    command.addAll(List.of(args));
    return Cli.standard(new PrintWriter(out), new PrintWriter(err))
        .run(command.toArray(String[]::new));
  }

  @Test
  void theBundleIsTheSameWithKeptXhtmlAndTheReportsPagesAreKeptForABrowser(@TempDir Path tmp)
      throws Exception {
    Path plain = tmp.resolve("plain");
    Path kept = tmp.resolve("kept");
    Path xhtml = tmp.resolve("xhtml");

    assertThat(build("--out", plain.toString())).isEqualTo(0);
    assertThat(build("--out", kept.toString(), "--keep-xhtml", xhtml.toString())).isEqualTo(0);

    assertThat(out.toString()).contains("Kept the XHTML of 2 documents in " + xhtml);
    List<Path> files = files(plain);
    assertThat(files(kept)).isEqualTo(files);
    for (Path file : files) {
      assertThat(Files.readAllBytes(kept.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(plain.resolve(file)));
    }
    Path report = xhtml.resolve("annual-report.html");
    assertThat(xhtml.resolve("annual-report-tail.html")).isRegularFile();
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    xml.newDocumentBuilder().parse(report.toFile());
    String html = Files.readString(report);
    assertThat(html).doesNotContain("\"chart:").doesNotContain("\"image:").doesNotContain("\"qr:");
    List<String> sources = new ArrayList<>();
    Matcher m = SRC.matcher(html);
    while (m.find()) {
      sources.add(m.group(1));
      assertThat(xhtml.resolve(m.group(1))).isRegularFile();
    }
    assertThat(sources).anyMatch(s -> s.matches("charts/[a-z-]+-[0-9a-f]{16}\\.png"));
    assertThat(sources).anyMatch(s -> s.matches("images/.+\\.jpg"));
    assertThat(Files.readAllBytes(xhtml.resolve("images/beretning-strand.jpg")))
        .isEqualTo(Files.readAllBytes(Path.of("sample-data/images/beretning-strand.jpg")));
  }

  @Test
  void aKeepXhtmlFolderKatalogDidNotMakeIsRefusedWithExitOneAndNothingIsWritten(@TempDir Path tmp)
      throws IOException {
    Path foreign = Files.createDirectories(tmp.resolve("designs"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    Path outDir = tmp.resolve("out");

    int code = build("--out", outDir.toString(), "--keep-xhtml", foreign.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            foreign
                + ": error: --keep-xhtml: is a folder katalog did not make (it holds no"
                + " .katalog-xhtml of kept XHTML); a build replaces DIR as a whole, so it writes"
                + " only to a new or empty folder or XHTML katalog kept before: choose another"
                + " --keep-xhtml"
                + System.lineSeparator()
                + "sample-data: 1 error, 0 warnings; nothing was written to "
                + outDir
                + System.lineSeparator());
    assertThat(outDir).doesNotExist();
    assertThat(files(foreign)).containsExactly(Path.of("notes.txt"));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
