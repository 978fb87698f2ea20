package dk.skoletjenesten.katalog.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutFolderTest {
  @TempDir Path tmp;

  private Path data() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("work/data"));
    Files.writeString(data.resolve("edition.json"), "{}");
    return data;
  }

  @Test
  void theDataFolderItsInsideAndItsParentsAreRefused() throws IOException {
    Path data = data();

    assertThat(OutFolder.refusal(data, data))
        .hasValue("is the data folder; a build replaces OUT as a whole: choose another --out");
    assertThat(OutFolder.refusal(data.resolve("out"), data))
        .hasValue(
            "is inside the data folder "
                + data
                + "; the bundle would become part of the data: choose a folder outside it");
    assertThat(OutFolder.refusal(data.getParent(), data))
        .hasValue(
            "holds the data folder "
                + data
                + "; a build replaces OUT as a whole and would remove the data: choose another --out");
    assertThat(OutFolder.refusal(data.resolve("x/../.."), data)).isPresent();
  }

  @Test
  void aSymbolicLinkToTheDataFolderIsTheDataFolder() throws IOException {
    Path data = data();
    Path link = Files.createSymbolicLink(tmp.resolve("out"), data);

    assertThat(OutFolder.refusal(link, data)).get().asString().startsWith("is the data folder");
  }

  @Test
  void aFileALinkAndAForeignFolderAreRefusedANewEmptyOrBundleFolderIsNot() throws IOException {
    Path data = data();
    Path file = Files.writeString(tmp.resolve("out.pdf"), "mine");
    Path foreign = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(foreign.resolve("holiday.jpg"), "mine");
    Files.writeString(foreign.resolve("manifest.json"), "[1, 2]");
    Path link =
        Files.createSymbolicLink(tmp.resolve("linked"), Files.createDirectory(tmp.resolve("real")));
    Path bundle = Files.createDirectories(tmp.resolve("bundle"));
    Files.writeString(bundle.resolve("manifest.json"), "{\"edition\": \"2018/19\", \"files\": []}");

    assertThat(OutFolder.refusal(file, data))
        .hasValue(
            "is a file, not a folder; a build writes a folder of files there: choose another --out");
    assertThat(OutFolder.refusal(foreign, data))
        .hasValue(
            "is a folder katalog did not make (it holds no manifest.json of a bundle); a build"
                + " replaces OUT as a whole, so it writes only to a new or empty folder or an"
                + " earlier bundle: choose another --out");
    assertThat(OutFolder.refusal(link, data)).get().asString().startsWith("is a symbolic link");
    assertThat(OutFolder.refusal(tmp.resolve("new/out"), data)).isEmpty();
    assertThat(OutFolder.refusal(Files.createDirectory(tmp.resolve("empty")), data)).isEmpty();
    assertThat(OutFolder.refusal(bundle, data)).isEmpty();
  }

  @Test
  void aSecondLockOnTheSameFolderIsNotHeldAndNamesTheFirstHolder() {
    Path out = tmp.resolve("out");
    try (OutFolder.Lock first = OutFolder.lock(out)) {
      assertThat(first.held()).isTrue();
      try (OutFolder.Lock second = OutFolder.lock(out)) {
        assertThat(second.held()).isFalse();
        assertThat(second.holder()).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
      }
    }
    try (OutFolder.Lock again = OutFolder.lock(out)) {
      assertThat(again.held()).isTrue();
    }
    assertThat(tmp.resolve(".out.lock")).doesNotExist();
  }

  @Test
  void theFoldersALockMadeForOutGoWhenNothingWasWrittenThere() throws IOException {
    try (OutFolder.Lock lock = OutFolder.lock(tmp.resolve("new/deep/out"))) {
      assertThat(lock.held()).isTrue();
      assertThat(tmp.resolve("new/deep/.out.lock")).exists();
    }
    assertThat(tmp.resolve("new")).doesNotExist();

    try (OutFolder.Lock lock = OutFolder.lock(tmp.resolve("kept/out"))) {
      Files.createDirectories(tmp.resolve("kept/out"));
    }
    assertThat(tmp.resolve("kept/out")).isDirectory();
  }
}
