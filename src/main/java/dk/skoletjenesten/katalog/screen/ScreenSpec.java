package dk.skoletjenesten.katalog.screen;

import java.time.Instant;
import java.util.Objects;

/**
 * How a screen edition is finished.
 *
 * @param trimWidthMm final format of the print edition, which the pages are cropped to
 * @param trimHeightMm final format of the print edition
 * @param bleedMm the rendered pages' bleed on every side, cut off
 * @param title the document title, shown by viewers in place of the file name
 * @param language the document language as a BCP 47 tag, e.g. {@code da-DK}
 * @param date creation and modification date (the edition's, never the clock's)
 * @param author the Info author (the publisher)
 * @param creator the Info creator
 * @param producer the Info producer
 */
public record ScreenSpec(
    double trimWidthMm,
    double trimHeightMm,
    double bleedMm,
    String title,
    String language,
    Instant date,
    String author,
    String creator,
    String producer) {

  /** The language of every publication: Danish as written in Denmark. */
  public static final String DANISH = "da-DK";

  public ScreenSpec {
    if (!(trimWidthMm > 0 && trimHeightMm > 0)) {
      throw new IllegalArgumentException(
          "trim must be positive, got " + trimWidthMm + " x " + trimHeightMm);
    }
    if (!(bleedMm >= 0 && bleedMm <= 20)) {
      throw new IllegalArgumentException("bleedMm must be 0-20 mm, got " + bleedMm);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(producer, "producer");
  }
}
