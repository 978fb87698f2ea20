package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintRules;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.time.Instant;
import java.util.Objects;

/**
 * How to finish one PDF: its final format, bleed, marks, PDF/X flavour and document metadata.
 *
 * <p>The dates come from the edition, never the wall clock, so the same input and spec give the
 * same bytes. The record's text form ({@link #toString()}) goes into the digest that the document
 * {@code /ID} and XMP identifiers are made from: renaming or reordering a component changes the
 * identifiers of every finished file.
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

  static final double DEFAULT_BLEED_MM = 3.0;
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

  /**
   * A spec for a trim of {@code trimWidthMm} x {@code trimHeightMm}, titled {@code title}, made and
   * modified on {@code date}; the rest as in {@link #of}, until the builder changes it.
   */
  public static Builder builder(
      double trimWidthMm, double trimHeightMm, String title, Instant date) {
    return new Builder(trimWidthMm, trimHeightMm, title, date);
  }

  /** A4-style defaults: 3 mm bleed, no marks, PDF/X-4 for FOGRA39, one date for both dates. */
  public static FinishingSpec of(
      double trimWidthMm, double trimHeightMm, String title, Instant date) {
    return builder(trimWidthMm, trimHeightMm, title, date).build();
  }

  /** A builder that starts from this spec. */
  public Builder toBuilder() {
    return new Builder(trimWidthMm, trimHeightMm, title, created)
        .modified(modified)
        .bleedMm(bleedMm)
        .cropMarks(cropMarks)
        .standard(standard, outputCondition)
        .people(author, creator, producer);
  }

  /** Builds a {@link FinishingSpec}; {@link #build()} checks the parts. */
  public static final class Builder {
    private final double trimWidthMm;
    private final double trimHeightMm;
    private final String title;
    private final Instant created;
    private Instant modified;
    private double bleedMm = DEFAULT_BLEED_MM;
    private boolean cropMarks;
    private PrintStandard standard = PrintStandard.PDF_X_4;
    private OutputCondition outputCondition = OutputCondition.FOGRA39;
    private String author = DEFAULT_AUTHOR;
    private String creator = DEFAULT_CREATOR;
    private String producer = DEFAULT_PRODUCER;

    private Builder(double trimWidthMm, double trimHeightMm, String title, Instant date) {
      this.trimWidthMm = trimWidthMm;
      this.trimHeightMm = trimHeightMm;
      this.title = title;
      this.created = date;
      this.modified = date;
    }

    public Builder bleedMm(double bleedMm) {
      this.bleedMm = bleedMm;
      return this;
    }

    public Builder cropMarks(boolean cropMarks) {
      this.cropMarks = cropMarks;
      return this;
    }

    public Builder standard(PrintStandard standard, OutputCondition outputCondition) {
      this.standard = standard;
      this.outputCondition = outputCondition;
      return this;
    }

    /** Bleed, crop marks, standard and condition as a product is printed. */
    public Builder rules(PrintRules rules) {
      return bleedMm(rules.bleedMm())
          .cropMarks(rules.cropMarks())
          .standard(rules.standard(), rules.condition());
    }

    public Builder people(String author, String creator, String producer) {
      this.author = author;
      this.creator = creator;
      this.producer = producer;
      return this;
    }

    Builder modified(Instant modified) {
      this.modified = modified;
      return this;
    }

    public FinishingSpec build() {
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
