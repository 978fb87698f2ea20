package dk.skoletjenesten.katalog.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.testing.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

  @Test
  void aRunKilledBetweenTheTwoRenamesLeavesThePreviousBundleWholeAndTheNextRunPutsItBack(
      @TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");

    ChildJvm.Ended child =
        ChildJvm.run(KilledSwap.class, tmp.resolve("child.log"), 1, out.toString());
    Files.delete(tmp.resolve("child.log"));

    assertThat(child.exitCode()).as(child.output()).isEqualTo(KilledSwap.KILLED);
    assertThat(out).doesNotExist();
    assertThat(names(tmp))
        .hasSize(2)
        .allMatch(n -> n.startsWith(".out.old-") || n.startsWith(".out.tmp-"));

    assertThat(new BundleWriter(out).recover()).isTrue();

    assertThat(names(tmp)).containsExactly("out");
    assertThat(Files.readString(out.resolve("catalogue.pdf"))).isEqualTo("first");
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"title\" : \"first\"");
  }

  @Test
  void recoveringWhenOutIsThereRemovesOnlyWhatEarlierRunsLeftBesideIt(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("out");
    KilledSwap.write(new BundleWriter(out), "first");
    Files.createDirectories(tmp.resolve(".out.old-00000000000000000001-7/half"));
    Files.createDirectories(tmp.resolve(".out.tmp-00000000000000000002-7"));
    Files.createDirectories(tmp.resolve(".out.keep"));
    Files.createDirectories(tmp.resolve("other"));

    assertThat(new BundleWriter(out).recover()).isFalse();

    assertThat(names(tmp)).containsExactly(".out.keep", "other", "out");
    assertThat(Files.readString(out.resolve("catalogue.pdf"))).isEqualTo("first");
  }

  @Test
  void withoutOutTheNewestMovedAsideCopyComesBack(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(tmp.resolve(".out.old-00000000000000000001-7"));
    Files.writeString(tmp.resolve(".out.old-00000000000000000001-7/manifest.json"), "older");
    Files.createDirectories(tmp.resolve(".out.old-00000000000000000900-8"));
    Files.writeString(tmp.resolve(".out.old-00000000000000000900-8/manifest.json"), "newer");

    assertThat(new BundleWriter(out).recover()).isTrue();

    assertThat(names(tmp)).containsExactly("out");
    assertThat(Files.readString(out.resolve("manifest.json"))).isEqualTo("newer");
  }

  @Test
  void aPreviousBundleThatCannotBeRemovedIsNamedAndTheNewOneIsInPlace(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("out");
    KilledSwap.write(new BundleWriter(out), "first");
    BundleWriter stuck =
        new BundleWriter(
            out,
            () -> {},
            old -> {
              throw new UncheckedIOException(new IOException("permission denied: " + old));
            });

    Path work = stuck.begin();
    stuck.write(work, "catalogue.pdf", "second".getBytes(StandardCharsets.UTF_8));
    Optional<Path> left = stuck.publish(work);

    assertThat(Files.readString(out.resolve("catalogue.pdf"))).isEqualTo("second");
    assertThat(left).isPresent();
    assertThat(left.get().getFileName().toString()).startsWith(".out.old-");
    assertThat(Files.readString(left.get().resolve("catalogue.pdf"))).isEqualTo("first");

    assertThat(new BundleWriter(out).recover()).isFalse();
    assertThat(names(tmp)).containsExactly("out");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
