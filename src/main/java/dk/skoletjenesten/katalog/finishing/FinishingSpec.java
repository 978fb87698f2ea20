package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.time.Instant;
import java.util.Objects;

/**
 * How to finish one PDF: its final format, bleed, marks, PDF/X flavour and document metadata.
 *
 * <p>The dates come from the edition, never the wall clock, so the same input and spec give the
 * same bytes.
 *
 * @param trimWidthMm final (trimmed) width
 * @param trimHeightMm final (trimmed) height
 * @param bleedMm bleed on every side; the input pages are trim + 2 x bleed large
 * @param cropMarks whether to draw crop marks outside the bleed (the MediaBox grows to hold them)
 * @param standard PDF/X flavour
 * @param outputCondition printing condition named in the output intent
 * @param title document title (Info and XMP)
 * @param author document author, e.g. {@code Skoletjenesten}
 * @param creator the application that made the content, e.g. {@code katalog 0.1.0}
 * @param producer the application that wrote the PDF
 * @param created creation date
 * @param modified modification date
 */
public record FinishingSpec(
    double trimWidthMm,
    double trimHeightMm,
    double bleedMm,
    boolean cropMarks,
    PrintStandard standard,
    OutputCondition outputCondition,
    String title,
    String author,
    String creator,
    String producer,
    Instant created,
    Instant modified) {

  public static final double DEFAULT_BLEED_MM = 3.0;
  static final String DEFAULT_AUTHOR = "Skoletjenesten";
  static final String DEFAULT_CREATOR = "katalog";
  static final String DEFAULT_PRODUCER = "katalog finishing (Apache PDFBox)";

  public FinishingSpec {
    requirePositive("trimWidthMm", trimWidthMm);
    requirePositive("trimHeightMm", trimHeightMm);
    if (!(bleedMm >= 0 && bleedMm <= 20)) {
      throw new IllegalArgumentException("bleedMm must be 0-20 mm, got " + bleedMm);
    }
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(outputCondition, "outputCondition");
    requireText("title", title);
    requireText("author", author);
    requireText("creator", creator);
    requireText("producer", producer);
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(modified, "modified");
    if (!standard.accepts(outputCondition)) {
      throw new IllegalArgumentException(
          "PDF/X-4 needs the output profile embedded, and no redistributable "
              + outputCondition.identifier()
              + " profile is bundled: use FOGRA39, or PDF/X-1a, which may name a registered"
              + " condition without its profile");
    }
  }

  /** A4-style defaults: 3 mm bleed, no marks, PDF/X-4 for FOGRA39, one date for both dates. */
  public static FinishingSpec of(
      double trimWidthMm, double trimHeightMm, String title, Instant date) {
    return new FinishingSpec(
        trimWidthMm,
        trimHeightMm,
        DEFAULT_BLEED_MM,
        false,
        PrintStandard.PDF_X_4,
        OutputCondition.FOGRA39,
        title,
        DEFAULT_AUTHOR,
        DEFAULT_CREATOR,
        DEFAULT_PRODUCER,
        date,
        date);
  }

  public FinishingSpec withBleedMm(double bleedMm) {
    return new FinishingSpec(
        trimWidthMm,
        trimHeightMm,
        bleedMm,
        cropMarks,
        standard,
        outputCondition,
        title,
        author,
        creator,
        producer,
        created,
        modified);
  }

  public FinishingSpec withCropMarks(boolean cropMarks) {
    return new FinishingSpec(
        trimWidthMm,
        trimHeightMm,
        bleedMm,
        cropMarks,
        standard,
        outputCondition,
        title,
        author,
        creator,
        producer,
        created,
        modified);
  }

  public FinishingSpec withStandard(PrintStandard standard, OutputCondition outputCondition) {
    return new FinishingSpec(
        trimWidthMm,
        trimHeightMm,
        bleedMm,
        cropMarks,
        standard,
        outputCondition,
        title,
        author,
        creator,
        producer,
        created,
        modified);
  }

  public FinishingSpec withPeople(String author, String creator, String producer) {
    return new FinishingSpec(
        trimWidthMm,
        trimHeightMm,
        bleedMm,
        cropMarks,
        standard,
        outputCondition,
        title,
        author,
        creator,
        producer,
        created,
        modified);
  }

  private static void requirePositive(String name, double mm) {
    if (!(mm > 0 && mm < 5000)) {
      throw new IllegalArgumentException(name + " must be 0-5000 mm, got " + mm);
    }
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
