package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Walks layouts/ and fonts/: templates are well-formed, named fonts exist, fonts have licences. */
class LayoutsConsistencyTest {
  private static final Path LAYOUTS = Path.of("layouts");
  private static final Path FONTS = Path.of("fonts");
  private static final Pattern FONT_FAMILY = Pattern.compile("font-family:\\s*([^;}]+)");

  @Test
  void everyTemplateIsWellFormedXml() throws Exception {
    List<Path> templates = files(LAYOUTS, ".html");
    assertThat(templates).isNotEmpty();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path template : templates) {
      factory.newDocumentBuilder().parse(template.toFile());
    }
  }

  @Test
  void everyFontThatALayoutNamesIsInTheFontsFolder() throws IOException {
    Set<String> named = new TreeSet<>();
    for (Path file :
        Stream.concat(files(LAYOUTS, ".css").stream(), files(LAYOUTS, ".html").stream()).toList()) {
      Matcher m = FONT_FAMILY.matcher(Files.readString(file));
      while (m.find()) {
        for (String family : m.group(1).split(",")) {
          named.add(family.strip().replace("\"", "").replace("'", ""));
        }
      }
    }
    assertThat(named).isNotEmpty();
    assertThat(PdfRenderer.fontFamilies(FONTS)).containsAll(named);
  }

  @Test
  void everyFontFileIsTrueTypeWithItsLicence() throws IOException {
    List<Path> fonts = files(FONTS, "");
    for (Path font : fonts) {
      String name = font.getFileName().toString();
      assertThat(name).matches(".+\\.(ttf|txt)");
      if (name.endsWith(".ttf")) {
        String family = name.substring(0, name.indexOf('-'));
        assertThat(FONTS.resolve("OFL-" + family + ".txt")).exists();
      }
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }
}
