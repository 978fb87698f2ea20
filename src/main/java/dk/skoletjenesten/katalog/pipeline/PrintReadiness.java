package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.finishing.FinishingException;
import dk.skoletjenesten.katalog.finishing.FinishingSpec;
import dk.skoletjenesten.katalog.finishing.OutputCondition;
import dk.skoletjenesten.katalog.finishing.PdfFinisher;
import dk.skoletjenesten.katalog.finishing.PrintStandard;
import dk.skoletjenesten.katalog.preflight.Preflight;
import dk.skoletjenesten.katalog.preflight.PreflightProfile;
import dk.skoletjenesten.katalog.preflight.PreflightReport;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.PrintSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Finishes every file of the bundle the same way (page boxes, optional crop marks, PDF/X with the
 * edition's output condition, dates from the edition) and preflights the result with the rules of
 * its product. A file whose finishing is refused gets an error report of its own.
 */
final class PrintReadiness {
  static final String CUT_CONTOUR = "CutContour";
  static final double STICKER_BLEED_MM = 2;
  static final double STICKER_SAFE_ZONE_MM = 3;

  private final Edition edition;
  private final boolean cropMarks;

  /** {@code cropMarks}: add them even when the edition does not ask for them. */
  PrintReadiness(Edition edition, boolean cropMarks) {
    this.edition = edition;
    this.cropMarks = cropMarks || edition.print().cropMarks();
  }

  /**
   * A file as finished, with its preflight report (which names the file by its path in the bundle).
   */
  record Checked(BundleFile file, PreflightReport report) {}

  Checked apply(BundleFile raw) {
    String shown = raw.path();
    byte[] finished;
    try {
      finished = new PdfFinisher().finish(raw.content(), finishing(raw));
    } catch (FinishingException e) {
      Diagnostic refused = Diagnostic.error(shown, 0, "finishing", e.getMessage());
      return new Checked(
          raw, new PreflightReport(shown, raw.pages(), List.of(refused), List.of(), 0));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish " + raw.path(), e);
    }
    PreflightReport report =
        new Preflight().inspect(shown, new ByteArrayInputStream(finished), profile(raw));
    return new Checked(raw.withContent(finished), report);
  }

  FinishingSpec finishing(BundleFile file) {
    PrintSpec print = edition.print();
    Instant date = edition.date().atTime(12, 0).toInstant(ZoneOffset.UTC);
    return FinishingSpec.of(file.trimWidthMm(), file.trimHeightMm(), file.title(), date)
        .withBleedMm(bleedMm(file))
        .withCropMarks(cropMarks && isBook(file))
        .withStandard(standard(print), condition(print))
        .withPeople(
            edition.publisher().name(),
            "katalog",
            "katalog (Flying Saucer, OpenPDF, Apache PDFBox)");
  }

  PreflightProfile profile(BundleFile file) {
    PrintSpec print = edition.print();
    PreflightProfile.Condition condition =
        print.outputCondition() == PrintSpec.OutputCondition.FOGRA51
            ? PreflightProfile.Condition.FOGRA51
            : PreflightProfile.Condition.FOGRA39;
    PreflightProfile.Standard standard =
        print.standard() == PrintSpec.Standard.PDF_X_1A
            ? PreflightProfile.Standard.PDF_X_1A
            : PreflightProfile.Standard.PDF_X_4;
    boolean sticker = !isBook(file);
    return PreflightProfile.pdfx4()
        .withTrim(file.trimWidthMm(), file.trimHeightMm())
        .withBleedMm(bleedMm(file))
        .withStandard(standard, condition)
        .withPageCount(pageRule(file))
        .withAllowedSpotColours(sticker ? Set.of(CUT_CONTOUR) : Set.of())
        .withSafeZoneMm(sticker ? STICKER_SAFE_ZONE_MM : PreflightProfile.DEFAULT_SAFE_ZONE_MM);
  }

  private double bleedMm(BundleFile file) {
    return switch (file.product()) {
      case STICKER -> STICKER_BLEED_MM;
      case STICKER_SHEET -> 0;
      default -> edition.print().bleedMm();
    };
  }

  private static PreflightProfile.PageCountRule pageRule(BundleFile file) {
    return switch (file.product()) {
      case CATALOGUE, INSERT, ANNUAL_REPORT -> PreflightProfile.PageCountRule.multipleOf(4);
      case CATALOGUE_COVER, STICKER, STICKER_SHEET -> PreflightProfile.PageCountRule.exactly(1);
    };
  }

  private static boolean isBook(BundleFile file) {
    return switch (file.product()) {
      case STICKER, STICKER_SHEET -> false;
      default -> true;
    };
  }

  private static PrintStandard standard(PrintSpec print) {
    return print.standard() == PrintSpec.Standard.PDF_X_1A
        ? PrintStandard.PDF_X_1A
        : PrintStandard.PDF_X_4;
  }

  private static OutputCondition condition(PrintSpec print) {
    return print.outputCondition() == PrintSpec.OutputCondition.FOGRA51
        ? OutputCondition.FOGRA51
        : OutputCondition.FOGRA39;
  }
}
