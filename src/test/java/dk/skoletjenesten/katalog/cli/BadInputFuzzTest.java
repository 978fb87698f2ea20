package dk.skoletjenesten.katalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, seeded fuzzer over the two valid fixtures: each case mutates a copy (bytes, CSV cells,
 * JSON values, control characters, huge numbers, blank text, stray quotes, broken images, link
 * targets) and runs {@code validate}; some cases also run {@code build --only sticker:860}.
 * Whatever the mutation, the exit code is 0 or 1, never 3; every error names a file of the data
 * folder and a position in it; no raw control character reaches the terminal; and a refused build
 * writes nothing. {@code -Dkatalog.fuzz.cases=N} runs more cases (the default keeps {@code mvn
 * verify} quick); a failure names the case's seed and mutations, so it can be replayed.
 */
class BadInputFuzzTest {
  private static final long SEED = 20261201L;
  private static final int CASES = Integer.getInteger("katalog.fuzz.cases", 240);
  private static final int BUILDS = Integer.getInteger("katalog.fuzz.builds", 6);
  private static final List<Path> FIXTURES =
      List.of(
          Path.of("src/test/resources/registry/valid-csv"),
          Path.of("src/test/resources/registry/valid-json"));
  private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f]");

  /** Whole-file problems, which have no line or path to give. */
  private static final List<String> FILE_LEVEL =
      List.of(
          "required file is missing",
          "expected UTF-8 text",
          "expected JSON, got an empty file",
          "expected a header line, got an empty file",
          "cannot read the file",
          "invalid JSON",
          "expected a data folder");

  private static final String[] CELL_VALUES = {
    "",
    " ",
    "\t",
    "   ",
    "\u001b[2J",
    "a\u0000b",
    "\uFFFE",
    "\uD800",
    "x\u0085y",
    "1e400",
    "-1e400",
    "4294967876",
    "9223372036854775808",
    "-0",
    "NaN",
    "Infinity",
    "0,5",
    "\"",
    "a\"b",
    "\"a\"b",
    ";",
    "|",
    "||",
    "../../etc/passwd.png",
    "/etc/passwd.png",
    "https://example.com/x.png",
    "file:///etc/x.png",
    "javascript:alert(1)",
    "x".repeat(5000),
    "true",
    "false",
    "null",
    "[]",
    "{}",
    "0101",
    "99999",
    "A3",
    "æøå"
  };
  private static final String[] JSON_VALUES = {
    "\"\"",
    "\"  \"",
    "\"\\t\"",
    "\"\\u001b[2J\"",
    "\"a\\u0000b\"",
    "\"\\ud800\"",
    "\"\\uffff\"",
    "1e400",
    "-1e400",
    "1e-400",
    "4294967876",
    "-4294967296",
    "123456789012345678901234567890",
    "0.0000001",
    "-1",
    "0",
    "null",
    "true",
    "[]",
    "{}",
    "[1,2]",
    "{\"a\":1}",
    "\"../../x.png\"",
    "\"/etc/x.png\"",
    "\"http://example.com/x.png\"",
    "\"[k](javascript:alert(1))\"",
    "\"![i](file:///etc/x.png)\"",
    "{\"width_mm\": 20, \"height_mm\": 20}",
    "{\"width_mm\": 1e400, \"height_mm\": 5}"
  };
  private static final String[] MARKDOWN = {
    "\n[klik](javascript:alert(1))\n",
    "\n![x](../../../etc/passwd)\n",
    "\n![x](http://e.com/x.png)\n",
    "\n[f](file:///etc/passwd)\n",
    "\nbell \u0007\n",
    "\n\u001b[31mred\n",
    "\n{{chart:nope}}\n",
    "\n{{figures}}\n",
    "\n---\n",
    "\n<script>x</script>\n",
    "\n[a](<data:text/html,x>)\n"
  };

  @Test
  void noMutationOfAValidRegistryIsAnInternalError(@TempDir Path tmp) throws IOException {
    Random random = new Random(SEED);
    int builds = 0;
    int refusedBuilds = 0;
    int[] exits = new int[4];
    int[] buildExits = new int[4];
    long start = System.nanoTime();
    for (int i = 0; i < CASES; i++) {
      long seed = random.nextLong();
      Path dir = tmp.resolve("case-" + i);
      List<String> mutations = mutate(FIXTURES.get(i % 2), dir, new Random(seed));
      String context = "case " + i + " (seed " + seed + "): " + mutations;
      int validated = checkValidate(dir, context);
      exits[validated]++;
      // the build of accepted data is where a fault would hide; one refused build shows that a
      // refusal writes nothing
      boolean build = validated == ExitCode.OK ? builds < BUILDS : refusedBuilds++ == 0;
      if (build) {
        builds++;
        buildExits[checkBuild(dir, tmp.resolve("out-" + i), context)]++;
      }
      deleteTree(dir);
      deleteTree(tmp.resolve("out-" + i));
    }
    System.out.printf(
        "fuzz: %d validate cases (%d exit 0, %d exit 1), %d builds (%d exit 0, %d exit 1) in %d s%n",
        CASES,
        exits[0],
        exits[1],
        builds,
        buildExits[0],
        buildExits[1],
        (System.nanoTime() - start) / 1_000_000_000L);
  }

  private static int checkValidate(Path dir, String context) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.standard(new PrintWriter(out), new PrintWriter(err))
            .run("validate", "--data", dir.toString());
    assertThat(code).as(context + "\n" + err).isIn(ExitCode.OK, ExitCode.REFUSED);
    assertThat(RAW_CONTROL.matcher(err.toString()).find())
        .as(context + ": raw control character in\n" + err)
        .isFalse();
    for (Diagnostic d : RegistryReader.read(dir).diagnostics()) {
      if (d.isError()) {
        assertThat(d.file()).as(context + ": " + d).startsWith(dir.toString());
        boolean located = d.line() > 0 || d.location() != null;
        assertThat(located || FILE_LEVEL.stream().anyMatch(d.message()::startsWith))
            .as(context + ": error without a position: " + d)
            .isTrue();
      }
    }
    return code;
  }

  private static int checkBuild(Path dir, Path outDir, String context) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.standard(new PrintWriter(out), new PrintWriter(err))
            .run(
                "build",
                "--data",
                dir.toString(),
                "--out",
                outDir.toString(),
                "--only",
                "sticker:860");
    assertThat(code).as(context + "\n" + err).isIn(ExitCode.OK, ExitCode.REFUSED);
    if (code == ExitCode.REFUSED) {
      assertThat(Files.exists(outDir)).as(context + ": a refused build wrote " + outDir).isFalse();
      try (Stream<Path> siblings = Files.list(outDir.getParent())) {
        assertThat(siblings.map(p -> p.getFileName().toString()))
            .as(context + ": a refused build left files beside the output folder")
            .noneMatch(name -> name.startsWith(outDir.getFileName() + "."));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return code;
  }

  /** Copies {@code fixture} to {@code dir} and applies one to three mutations; says which. */
  private static List<String> mutate(Path fixture, Path dir, Random random) throws IOException {
    TestFolders.copy(fixture, dir);
    List<Path> files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = all.filter(Files::isRegularFile).sorted().toList();
    }
    List<String> done = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int m = 0; m < count; m++) {
      Path file = files.get(random.nextInt(files.size()));
      done.add(mutateFile(dir, file, random));
    }
    return done;
  }

  private static String mutateFile(Path dir, Path file, Random random) throws IOException {
    String name = dir.relativize(file).toString();
    if (name.endsWith(".png") || name.endsWith(".jpg")) {
      return name + ": " + breakImage(file, random);
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    String changed;
    String what;
    switch (random.nextInt(name.endsWith(".md") ? 4 : 3)) {
      case 0 -> {
        byte[] bytes = Files.readAllBytes(file);
        int at = random.nextInt(Math.max(1, bytes.length));
        if (bytes.length > 0) {
          bytes[at] = (byte) random.nextInt(256);
        }
        Files.write(file, bytes);
        return name + ": byte " + at + " set at random";
      }
      case 1 -> {
        int at = random.nextInt(text.length() + 1);
        String insert = pick(random, CELL_VALUES);
        changed = text.substring(0, at) + insert + text.substring(at);
        what = "inserted " + escape(insert) + " at " + at;
      }
      case 2 -> {
        boolean json = name.endsWith(".json");
        Matcher values =
            Pattern.compile(
                    json ? "(?<=: ?)(\"[^\"]*\"|-?[0-9.eE+-]+|true|false)" : "(?<=;)[^;\n]*(?=;)")
                .matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (values.find()) {
          spans.add(new int[] {values.start(), values.end()});
        }
        if (spans.isEmpty()) {
          return name + ": unchanged (no value found)";
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String value = json ? pick(random, JSON_VALUES) : pick(random, CELL_VALUES);
        changed = text.substring(0, span[0]) + value + text.substring(span[1]);
        what = "value at " + span[0] + " replaced by " + escape(value);
      }
      default -> {
        String insert = pick(random, MARKDOWN);
        changed = text + insert;
        what = "appended " + escape(insert);
      }
    }
    Files.write(file, changed.getBytes(StandardCharsets.UTF_8));
    return name + ": " + what;
  }

  private static String breakImage(Path file, Random random) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length == 0) {
      return "left empty (emptied before)";
    }
    switch (random.nextInt(5)) {
      case 0 -> {
        Files.write(file, new byte[0]);
        return "emptied";
      }
      case 1 -> {
        Files.write(file, Arrays.copyOf(bytes, random.nextInt(bytes.length)));
        return "truncated";
      }
      case 2 -> {
        Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return "replaced by SVG text";
      }
      case 3 -> {
        for (int i = 0; i < 8; i++) {
          bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
        }
        Files.write(file, bytes);
        return "8 bytes flipped";
      }
      default -> {
        for (int i = 16; i < 24 && i < bytes.length; i++) {
          bytes[i] = (byte) 0x7f; // a PNG's IHDR width and height, or JPEG header bytes
        }
        Files.write(file, bytes);
        return "header size bytes set to 0x7f";
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder("\"");
    value
        .chars()
        .limit(40)
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.append(value.length() > 40 ? "...\"" : "\"").toString();
  }
}
