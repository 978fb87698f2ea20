package dk.skoletjenesten.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Conventions of the source tree that the formatter does not check. */
class SourceFilesTest {
  private static final Path SOURCES = Path.of("src");

  /** A package name followed by a type: {@code java.util.List}, {@code picocli.CommandLine}. */
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("(?<![\\w.$])[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*\\.[A-Z]\\w*");

  private static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("\\s*(import|package)\\s.*");

  @Test
  void noSourceFileWritesAFullyQualifiedNameOutsideItsImports() throws IOException {
    List<String> inline = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        inline.addAll(qualifiedNames(file.toString(), Files.readString(file)));
      }
    }
    assertThat(inline).as("import the type instead").isEmpty();
  }

  @Test
  void namesInCommentsStringsAndImportsAreNotInline() {
    String source =
        """
        package a.b;
        import java.util.List;
        /** {@link java.util.Map} */
        class X { // java.util.Set
          String s = "java.util.Deque" + 'j' + \"""
              java.util.Queue \\\""" \""";
          java.util.Optional<String> o;
        }
        """;
    assertThat(qualifiedNames("X.java", source)).containsExactly("X.java:7: java.util.Optional");
  }

  /** The qualified names in {@code source} outside comments, literals and imports, as file:line. */
  private static List<String> qualifiedNames(String file, String source) {
    List<String> found = new ArrayList<>();
    String[] lines = code(source).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (IMPORT_OR_PACKAGE.matcher(lines[i]).matches()) {
        continue;
      }
      Matcher m = QUALIFIED_NAME.matcher(lines[i]);
      while (m.find()) {
        found.add(file + ":" + (i + 1) + ": " + m.group());
      }
    }
    return found;
  }

  /** {@code source} with its comments and string, text and character literals blanked out. */
  private static String code(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      int end = endOfCommentOrLiteral(source, i);
      if (end == i) {
        code.append(source.charAt(i++));
      } else {
        code.append(source.substring(i, end).replaceAll("[^\n]", " "));
        i = end;
      }
    }
    return code.toString();
  }

  /** Where the comment or literal that starts at {@code i} ends; {@code i} if none starts there. */
  private static int endOfCommentOrLiteral(String source, int i) {
    if (source.startsWith("//", i)) {
      return endOf(source, "\n", i + 2) - 1;
    }
    if (source.startsWith("/*", i)) {
      return endOf(source, "*/", i + 2);
    }
    for (String quote : List.of("\"\"\"", "\"", "'")) {
      if (source.startsWith(quote, i)) {
        return endOfLiteral(source, quote, i + quote.length());
      }
    }
    return i;
  }

  private static int endOf(String source, String end, int from) {
    int at = source.indexOf(end, from);
    return at < 0 ? source.length() : at + end.length();
  }

  private static int endOfLiteral(String source, String quote, int from) {
    for (int j = from; j < source.length(); j++) {
      if (source.charAt(j) == '\\') {
        j++;
      } else if (source.startsWith(quote, j)) {
        return j + quote.length();
      }
    }
    return source.length();
  }
}
