package dk.skoletjenesten.katalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.changes.TestBundles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path tmp;

  private int run(String... args) {
    return Cli.standard(new PrintWriter(out), new PrintWriter(err)).run(args);
  }

  @Test
  void writesTheChangesBesideTheNewBundleAndPrintsTheSummary() throws IOException {
    Path before = TestBundles.before().write(tmp.resolve("out-1"));
    Path after = TestBundles.after().write(tmp.resolve("out"));
    int code = run("diff", before.toString(), after.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(ExitCode.OK);
    Path dir = tmp.resolve("out-changes");
    assertThat(out.toString())
        .isEqualTo(
            before
                + " -> "
                + after
                + ": 6 data changes, 3 pages changed in 2 publications, 1 page moved, 3 pages"
                + " added, 1 publication added, 1 publication removed\n"
                + "Wrote changes.html and changes.json to "
                + dir
                + " (3 side-by-side images)\n");
    assertThat(dir.resolve("changes.html")).exists();
    assertThat(dir.resolve("changes/catalogue/p002.png")).exists();
  }

  @Test
  void aFolderThatIsNotABundleIsRefused() throws IOException {
    Path before = Files.createDirectories(tmp.resolve("photos"));
    Path after = TestBundles.after().write(tmp.resolve("out"));
    assertThat(run("diff", before.toString(), after.toString())).isEqualTo(ExitCode.REFUSED);
    assertThat(err.toString())
        .isEqualTo("katalog diff: " + before + ": not a katalog bundle: it has no manifest.json\n");
    assertThat(tmp.resolve("out-changes")).doesNotExist();
  }

  @Test
  void aBundleWithoutPageHashesIsRefusedAsOlder() throws IOException {
    Path before = Files.createDirectories(tmp.resolve("out-1"));
    Files.writeString(
        before.resolve("manifest.json"),
        "{\"files\":[{\"path\":\"catalogue.pdf\"}],\"data_sha256\":\"ab\"}");
    Files.writeString(before.resolve("registry.json"), "{}");
    Path after = TestBundles.after().write(tmp.resolve("out"));
    assertThat(run("diff", before.toString(), after.toString())).isEqualTo(ExitCode.REFUSED);
    assertThat(err.toString())
        .isEqualTo(
            "katalog diff: "
                + before
                + ": made by an older katalog: it has no page_hashes in manifest.json"
                + " (catalogue.pdf); build it again with this katalog to compare it\n");
  }

  @Test
  void refusesAnOutputFolderInsideABundle() throws IOException {
    Path before = TestBundles.before().write(tmp.resolve("out-1"));
    Path after = TestBundles.after().write(tmp.resolve("out"));
    Path inside = after.resolve("changes");
    assertThat(run("diff", before.toString(), after.toString(), "--out", inside.toString()))
        .isEqualTo(ExitCode.REFUSED);
    assertThat(err.toString())
        .isEqualTo(
            "katalog diff: "
                + inside
                + ": is inside the bundle "
                + after
                + "; write the changes beside it with --out\n");
    assertThat(inside).doesNotExist();
  }

  @Test
  void missingOperandsAreAUsageError() {
    assertThat(run("diff", "out")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("katalog: Missing required parameter: 'NEW_OUT'");
  }
}
