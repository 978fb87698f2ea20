package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintRules;
import dk.skoletjenesten.katalog.print.PrintStandard;
import dk.skoletjenesten.katalog.print.Product;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code print} block of edition.json, with the contract's defaults filled in. {@code
 * sheetGripperMm} is the strip along {@code sheetGripperEdge} of a press sheet (the sticker sheets)
 * that the press holds and never prints: 10 mm on the bottom edge unless the printer says
 * otherwise.
 */
public record PrintSpec(
    TrimSize trim,
    double bleedMm,
    Binding binding,
    double paperCaliperMm,
    PrintStandard standard,
    OutputCondition outputCondition,
    boolean cropMarks,
    double sheetGripperMm,
    SheetEdge sheetGripperEdge) {

  public static final PrintSpec DEFAULT =
      new PrintSpec(
          TrimSize.A4,
          3,
          Binding.PERFECT,
          0.1,
          PrintStandard.PDF_X_4,
          OutputCondition.FOGRA39,
          false,
          10,
          SheetEdge.BOTTOM);

  public PrintSpec {
    Objects.requireNonNull(trim, "trim");
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(outputCondition, "outputCondition");
    Objects.requireNonNull(sheetGripperEdge, "sheetGripperEdge");
  }

  /**
   * How a file of {@code product} is printed in this edition; {@code cropMarks} asks for crop marks
   * even when {@code print.crop_marks} does not.
   */
  public PrintRules rulesFor(Product product, boolean cropMarks) {
    return product.rules(bleedMm, standard, outputCondition, this.cropMarks || cropMarks);
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

  /** An edge of a press sheet as it lies in the PDF: the gripper edge. */
  public enum SheetEdge {
    BOTTOM,
    TOP,
    LEFT,
    RIGHT;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
