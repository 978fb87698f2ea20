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
          .readMarkdown(file)
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
    matter.get().warnUnknownKeys(row, KEYS, out);
    MarkdownTargets.check(row.file(), matter.get().bodyLine(), matter.get().body(), out);
    return article(file, matter.get().body(), new Fields(row, out))
        .map(article -> new Located<>(article, row));
  }

  private static Optional<Article> article(String file, String body, Fields f) {
    String title = f.requiredText("title", 200);
    Optional<String> author = f.text("author", 200);
    Integer order = f.requiredInt("order", 0, 10_000);
    Optional<String> image = f.text("image", 200);
    if (body.isBlank()) {
      f.reject(null, "expected article text after the front matter, got nothing");
    }
    return f.build(
        () -> new Article(file, title, author.orElse(null), order, image.orElse(null), body));
  }
}
