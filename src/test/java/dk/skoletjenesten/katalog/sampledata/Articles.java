package dk.skoletjenesten.katalog.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The catalogue's editorial articles, written for this sample and copied as they are. */
final class Articles {
  static final List<String> FILES =
      List.of(
          "foer-under-og-efter-besoeget.md",
          "naar-skole-og-museum-bliver-partnere.md",
          "de-mindste-i-naturen.md");

  private Articles() {}

  static void write(Path out) throws IOException {
    Path dir = out.resolve("articles");
    Files.createDirectories(dir);
    for (String file : FILES) {
      Files.writeString(dir.resolve(file), Blocks.text("articles/" + file), StandardCharsets.UTF_8);
    }
  }
}
