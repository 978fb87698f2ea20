package dk.skoletjenesten.katalog.sampledata;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pretty JSON with two-space indents and LF on every platform; maps keep insertion order. */
final class Json {
  private static final ObjectWriter WRITER = writer();

  private Json() {}

  private static ObjectWriter writer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    return new ObjectMapper().writer(printer);
  }

  static void write(Path file, Object value) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, WRITER.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
  }
}
