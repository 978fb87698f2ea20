package dk.skoletjenesten.katalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.pipeline.Publisher;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI prints for data that carries escape sequences, and for an internal error. */
class CliMessagesTest {
  private static final Path VALID = Path.of("src/test/resources/registry/valid-csv");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(List<Publisher> publishers, String... args) {
    return new Cli(new PrintWriter(out), new PrintWriter(err), options -> publishers).run(args);
  }

  @Test
  void anEscapeSequenceInTheDataIsPrintedEscapedNeverRaw(@TempDir Path tmp) throws IOException {
    Path data = TestFolders.copy(VALID, tmp.resolve("data"));
    Path offers = data.resolve("offers.csv");
    String text = Files.readString(offers, StandardCharsets.UTF_8);
    Files.writeString(offers, text.replace(";indskoling|mellemtrin;", ";\u001b[2Jindskoling;"));

    int code = run(List.of(), "validate", "--data", data.toString());

    assertThat(code).isEqualTo(ExitCode.REFUSED);
    assertThat(err.toString())
        .contains(
            "offers.csv:2: error: stages: expected one of dagtilbud, indskoling, mellemtrin,"
                + " udskoling, ungdomsuddannelse; got \"\\u001b[2Jindskoling\"")
        .contains(
            "offers.csv:2: error: stages: expected printable text, got control character U+001B"
                + " at position 1")
        .doesNotContain("\u001b");
  }

  @Test
  void anInternalErrorSaysWhatFailedInWordsWithoutJavaClasses(@TempDir Path tmp) {
    int code =
        run(
            List.of(crashing()),
            "build",
            "--data",
            VALID.toString(),
            "--out",
            tmp.resolve("out").toString());

    assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(err.toString())
        .contains("katalog: internal error: while making the catalogue" + System.lineSeparator())
        .contains("  because: a value the program expected was missing")
        .doesNotContain("null")
        .contains("(run again with --verbose for the details of a bug report)")
        .doesNotContain("java.lang")
        .doesNotContain("Exception");
  }

  @Test
  void verboseAddsTheJavaClassesOfAnInternalError(@TempDir Path tmp) {
    int code =
        run(
            List.of(crashing()),
            "build",
            "--verbose",
            "--data",
            VALID.toString(),
            "--out",
            tmp.resolve("out").toString());

    assertThat(code).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(err.toString()).contains("(java.lang.NullPointerException at ");
  }

  /** A catalogue whose making fails with an exception that has no message. */
  private static Publisher crashing() {
    return new Publisher() {
      @Override
      public Product key() {
        return Product.CATALOGUE;
      }

      @Override
      public String name() {
        return "catalogue";
      }

      @Override
      public List<BundleFile> publish(
          Registry registry, IntPredicate municipalities, Diagnostics diagnostics) {
        throw new NullPointerException();
      }
    };
  }
}
