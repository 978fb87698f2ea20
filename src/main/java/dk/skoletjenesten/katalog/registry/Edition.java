package dk.skoletjenesten.katalog.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The edition being produced (edition.json). {@code date} is the publication date: it dates the
 * PDFs, so two builds of the same data give the same bytes; when edition.json has none it is 1
 * August of the school year's first year. {@code sectionImages} are the openers' photos (at most
 * one per section; a section without one opens without a photo). {@code colophon} holds the
 * optional facts of the colophon and the back cover ({@link Colophon#NONE} when edition.json gives
 * none).
 */
public record Edition(
    String schoolYear,
    String title,
    String subtitle,
    String portalUrl,
    Publisher publisher,
    PrintSpec print,
    LocalDate date,
    List<SectionImage> sectionImages,
    Colophon colophon) {

  public Edition {
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(portalUrl, "portalUrl");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(print, "print");
    Objects.requireNonNull(date, "date");
    sectionImages = List.copyOf(sectionImages);
    Objects.requireNonNull(colophon, "colophon");
  }

  /** The image of a section's opener, when it has one. */
  public Optional<String> findSectionImage(Section section) {
    return sectionImages.stream()
        .filter(s -> s.section() == section)
        .map(SectionImage::image)
        .findFirst();
  }

  /** An opener photo: a PNG or JPEG file in {@code images/} for one section. */
  public record SectionImage(Section section, String image) {}

  /** The publisher; {@code phone} may be null. */
  public record Publisher(String name, String address, String email, String phone) {
    public Optional<String> findPhone() {
      return Optional.ofNullable(phone);
    }
  }

  /**
   * The colophon's facts beyond the publisher: the printer, the paper, the serial's ISSN (each may
   * be null) and the bodies that fund the publication, in the order given.
   */
  public record Colophon(String printer, String paper, String issn, List<String> funders) {
    public static final Colophon NONE = new Colophon(null, null, null, List.of());

    public Colophon {
      funders = List.copyOf(funders);
    }

    public Optional<String> findPrinter() {
      return Optional.ofNullable(printer);
    }

    public Optional<String> findPaper() {
      return Optional.ofNullable(paper);
    }

    public Optional<String> findIssn() {
      return Optional.ofNullable(issn);
    }
  }
}
