package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads articles/*.md: editorial articles with a front matter (title, author, order, image). */
final class ArticlesReader {
  static final String FOLDER = "articles";
  private static final Set<String> KEYS = Set.of("title", "author", "order", "image");

  private ArticlesReader() {}

  static List<Located<Article>> read(DataFolder folder, Diagnostics out) {
    List<Located<Article>> articles = new ArrayList<>();
    for (String file : folder.list(FOLDER, ".md")) {
      folder
          .readText(file)
          .flatMap(text -> parse(folder, file, text, out))
          .ifPresent(articles::add);
    }
    return articles;
  }

  private static Optional<Located<Article>> parse(
      DataFolder folder, String file, String text, Diagnostics out) {
    Optional<FrontMatter> matter = FrontMatter.parse(text);
    if (matter.isEmpty()) {
      out.add(
          Diagnostic.error(
              folder.display(file),
              1,
              null,
              "expected a front matter block (---, title: ..., order: ..., ---)"));
      return Optional.empty();
    }
    Row row = Row.csv(folder.display(file), 1, matter.get().values());
    Fields f = new Fields(row, out);
    matter.get().values().keySet().stream()
        .filter(k -> !KEYS.contains(k))
        .sorted()
        .forEach(
            k ->
                out.add(
                    Diagnostic.warning(
                        row.file(),
                        matter.get().lines().get(k),
                        k,
                        "unknown front matter key, ignored")));
    String title = f.requiredText("title", 200);
    String author = f.text("author", 200);
    Integer order = f.requiredInt("order", 0, 10_000);
    String image = f.text("image", 200);
    if (matter.get().body().isBlank()) {
      f.error(null, "expected article text after the front matter, got nothing");
      return Optional.empty();
    }
    if (title == null || order == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Located<>(new Article(file, title, author, order, image, matter.get().body()), row));
  }
}
