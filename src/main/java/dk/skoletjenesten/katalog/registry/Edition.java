package dk.skoletjenesten.katalog.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The edition being produced (edition.json). {@code date} is the publication date: it dates the
 * PDFs, so two builds of the same data give the same bytes; when edition.json has none it is 1
 * August of the school year's first year.
 */
public record Edition(
    String schoolYear,
    String title,
    String subtitle,
    String portalUrl,
    Publisher publisher,
    PrintSpec print,
    LocalDate date) {

  public Edition {
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(portalUrl, "portalUrl");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(print, "print");
    Objects.requireNonNull(date, "date");
  }

  public record Publisher(String name, String address, String email) {}
}
