package dk.skoletjenesten.katalog.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangesWriterTest {
  @TempDir Path tmp;

  private Changes changes() throws IOException {
    return BundleComparison.compare(
        TestBundles.before().write(tmp.resolve("old")),
        TestBundles.after().write(tmp.resolve("new")));
  }

  @Test
  void writesTheReportsAndTheImages() throws IOException {
    Path dir = tmp.resolve("diff");
    Changes changes = changes();
    ChangesWriter.write(changes, dir);
    for (var file : changes.files().entrySet()) {
      assertThat(dir.resolve(file.getKey())).hasBinaryContent(file.getValue());
    }
  }

  @Test
  void replacesAnEarlierComparisonAndRemovesItsStaleImages() throws IOException {
    Path dir = tmp.resolve("diff");
    ChangesWriter.write(changes(), dir);
    Path stale = dir.resolve("changes/catalogue/p004.png");
    Changes fewer =
        BundleComparison.compare(
            tmp.resolve("old"), TestBundles.before().write(tmp.resolve("same")));
    ChangesWriter.write(fewer, dir);
    assertThat(stale).doesNotExist();
    assertThat(dir.resolve("changes.json")).hasBinaryContent(fewer.json());
  }

  @Test
  void refusesToOverwriteAFileKatalogDidNotWrite() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(dir.resolve("changes.html"), "<p>my notes</p>");
    Changes changes = changes();
    assertThatThrownBy(() -> ChangesWriter.write(changes, dir))
        .isInstanceOf(ComparisonProblem.class)
        .hasMessage(
            dir
                + ": would overwrite changes.html, which katalog did not write; choose another"
                + " folder with --out");
    assertThat(dir.resolve("changes.html")).hasContent("<p>my notes</p>");
    assertThat(dir.resolve("changes.json")).doesNotExist();
  }

  @Test
  void aForeignChangesJsonIsNotOurs() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(dir.resolve("changes.json"), "{\"format\": \"something else\"}");
    Changes changes = changes();
    assertThatThrownBy(() -> ChangesWriter.write(changes, dir))
        .hasMessage(
            dir
                + ": would overwrite changes.json, which katalog did not write; choose another"
                + " folder with --out");
  }

  @Test
  void refusesToWriteIntoABundle() throws IOException {
    Changes changes = changes();
    Path bundle = tmp.resolve("new");
    assertThatThrownBy(() -> ChangesWriter.write(changes, bundle))
        .hasMessage(
            bundle + ": is a bundle (it has manifest.json); write the changes to another folder");
  }
}
