package dk.skoletjenesten.katalog.registry;

import java.util.Optional;

/** An editorial article (articles/NAME.md); {@code markdown} is the body after the front matter. */
public record Article(
    String file, String title, String author, int order, String image, String markdown) {

  public Optional<String> findAuthor() {
    return Optional.ofNullable(author);
  }

  public Optional<String> findImage() {
    return Optional.ofNullable(image);
  }
}
