package dk.skoletjenesten.katalog.registry;

import java.util.Objects;

/** The {@code print} block of edition.json, with the contract's defaults filled in. */
public record PrintSpec(
    TrimSize trim,
    double bleedMm,
    Binding binding,
    double paperCaliperMm,
    Standard standard,
    OutputCondition outputCondition,
    boolean cropMarks) {

  public static final PrintSpec DEFAULT =
      new PrintSpec(
          TrimSize.A4, 3, Binding.PERFECT, 0.1, Standard.PDF_X_4, OutputCondition.FOGRA39, false);

  public PrintSpec {
    Objects.requireNonNull(trim, "trim");
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(outputCondition, "outputCondition");
  }

  public enum Binding {
    SADDLE_STITCH("saddle-stitch"),
    PERFECT("perfect");

    private final String key;

    Binding(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public enum Standard {
    PDF_X_4("PDF/X-4"),
    PDF_X_1A("PDF/X-1a");

    private final String key;

    Standard(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** The printing condition; the maximum total area coverage follows from it. */
  public enum OutputCondition {
    FOGRA39(330),
    FOGRA51(300);

    private final int maxInkPercent;

    OutputCondition(int maxInkPercent) {
      this.maxInkPercent = maxInkPercent;
    }

    public int maxInkPercent() {
      return maxInkPercent;
    }
  }
}
