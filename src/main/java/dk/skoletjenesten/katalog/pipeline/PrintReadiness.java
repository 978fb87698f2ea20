package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.finishing.FinishingException;
import dk.skoletjenesten.katalog.finishing.FinishingSpec;
import dk.skoletjenesten.katalog.finishing.PdfFinisher;
import dk.skoletjenesten.katalog.pipeline.StageTimes.Stage;
import dk.skoletjenesten.katalog.preflight.Preflight;
import dk.skoletjenesten.katalog.preflight.PreflightProfile;
import dk.skoletjenesten.katalog.preflight.PreflightProfile.Layout;
import dk.skoletjenesten.katalog.preflight.PreflightReport;
import dk.skoletjenesten.katalog.print.PrintRules;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.screen.ScreenFinisher;
import dk.skoletjenesten.katalog.screen.ScreenFinishingException;
import dk.skoletjenesten.katalog.screen.ScreenSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Finishes every file of the bundle and preflights the result, both by the rules of its product
 * (the {@link dk.skoletjenesten.katalog.print.Product} table) resolved against the edition's print
 * settings; dates come from the edition. A file whose finishing is refused gets an error report of
 * its own. The catalogue, an insert and the report also get a screen edition ({@link #screen}),
 * made from the same rendered PDF.
 */
final class PrintReadiness {
  private final Edition edition;
  private final boolean cropMarks;
  private final StageTimes stages;

  /** {@code cropMarks}: add them even when the edition does not ask for them. */
  PrintReadiness(Edition edition, boolean cropMarks) {
    this(edition, cropMarks, new StageTimes());
  }

  /** As above, counting the time of finishing and preflight to {@code stages}. */
  PrintReadiness(Edition edition, boolean cropMarks, StageTimes stages) {
    this.edition = edition;
    this.cropMarks = cropMarks;
    this.stages = stages;
  }

  /**
   * A file as finished, with its preflight report (which names the file by its path in the bundle).
   */
  record Checked(BundleFile file, PreflightReport report) {}

  Checked apply(BundleFile raw) {
    String shown = raw.path();
    byte[] finished;
    try {
      finished =
          stages.time(
              Stage.FINISHING, () -> new PdfFinisher().finish(raw.content(), finishing(raw)));
    } catch (FinishingException e) {
      Diagnostic refused = Diagnostic.error(shown, 0, "finishing", e.getMessage());
      return new Checked(
          raw, new PreflightReport(shown, raw.pages(), List.of(refused), List.of(), 0));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish " + raw.path(), e);
    }
    PreflightReport report =
        stages.time(
            Stage.PREFLIGHT,
            () -> new Preflight().inspect(shown, new ByteArrayInputStream(finished), profile(raw)));
    return new Checked(raw.withContent(finished), report);
  }

  /**
   * The screen edition of a rendered file whose product has one ({@link Product#screenEdition()}),
   * e.g. {@code inserts/580-aabenraa.pdf} gives {@code inserts/580-aabenraa-screen.pdf}: finished
   * for screen and preflighted by the screen profile. {@code raw} is the file as its publisher made
   * it, before {@link #apply}; the copies are 0 (a screen edition is not printed).
   *
   * @throws IllegalArgumentException when the product has no screen edition
   */
  Checked screen(BundleFile raw) {
    Product product =
        raw.product()
            .screenEdition()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        raw.path() + ": " + raw.product().key() + " has no screen edition"));
    String path = screenPath(raw.path());
    byte[] finished;
    try {
      finished =
          stages.time(
              Stage.FINISHING, () -> new ScreenFinisher().finish(raw.content(), screenSpec(raw)));
    } catch (ScreenFinishingException e) {
      Diagnostic refused = Diagnostic.error(path, 0, "finishing", e.getMessage());
      return new Checked(
          screenFile(raw, path, product, raw.content()),
          new PreflightReport(path, raw.pages(), List.of(refused), List.of(), 0));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the screen edition of " + raw.path(), e);
    }
    byte[] screen = finished;
    PreflightReport report =
        stages.time(
            Stage.PREFLIGHT,
            () ->
                new Preflight()
                    .inspect(
                        path,
                        new ByteArrayInputStream(screen),
                        PreflightProfile.screen(raw.trimWidthMm(), raw.trimHeightMm())));
    return new Checked(screenFile(raw, path, product, finished), report);
  }

  /** {@code NAME.pdf} -> {@code NAME-screen.pdf}, in the same folder. */
  static String screenPath(String printPath) {
    if (!printPath.endsWith(".pdf")) {
      throw new IllegalArgumentException("expected a .pdf path, got " + printPath);
    }
    return printPath.substring(0, printPath.length() - ".pdf".length()) + "-screen.pdf";
  }

  private static BundleFile screenFile(BundleFile raw, String path, Product product, byte[] pdf) {
    BundleFile.Builder screen =
        BundleFile.builder(path, product)
            .title(raw.title())
            .copies(0)
            .pages(raw.pages())
            .trimMm(raw.trimWidthMm(), raw.trimHeightMm())
            .content(pdf);
    raw.municipality().ifPresent(screen::municipality);
    return screen.build();
  }

  ScreenSpec screenSpec(BundleFile raw) {
    return new ScreenSpec(
        raw.trimWidthMm(),
        raw.trimHeightMm(),
        rules(raw).bleedMm(),
        raw.title(),
        ScreenSpec.DANISH,
        editionDate(),
        edition.publisher().name(),
        "katalog",
        "katalog (Flying Saucer, OpenPDF, Apache PDFBox)");
  }

  private Instant editionDate() {
    return edition.date().atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  FinishingSpec finishing(BundleFile file) {
    Instant date = editionDate();
    return FinishingSpec.builder(file.trimWidthMm(), file.trimHeightMm(), file.title(), date)
        .rules(rules(file))
        .people(
            edition.publisher().name(),
            "katalog",
            "katalog (Flying Saucer, OpenPDF, Apache PDFBox)")
        .build();
  }

  PreflightProfile profile(BundleFile file) {
    return PreflightProfile.builder()
        .trim(file.trimWidthMm(), file.trimHeightMm())
        .rules(rules(file))
        .layout(layout(file))
        .build();
  }

  /**
   * Where each product's layouts put text, in millimetres from the trim (running heads and folios
   * included), for the preflight's layout checks: the catalogue's and insert's frame, the report's
   * for its trim, and the safe zone for covers, stickers and press sheets.
   */
  static Layout layout(BundleFile file) {
    return switch (file.product()) {
      case CATALOGUE -> Layout.textPages(8, 9.5, 20, 14);
      case INSERT -> Layout.textPages(8, 6.5, 12, 12);
      // the report's frame (report.ReportFrame): A4, or the smaller one below 180 mm
      case ANNUAL_REPORT ->
          file.trimWidthMm() >= 180
              ? Layout.textPages(5, 10, 17.9, 16)
              : Layout.textPages(5, 7, 11.9, 12);
      case CATALOGUE_COVER -> Layout.artwork(5);
      case STICKER, STICKER_SHEET -> Layout.artwork(file.product().safeZoneMm());
      // screen editions are checked by the screen profile, which has no layout checks
      case CATALOGUE_SCREEN, INSERT_SCREEN, ANNUAL_REPORT_SCREEN ->
          throw new IllegalArgumentException(
              file.path() + ": a screen edition has no print layout");
    };
  }

  /** The file's row of the product table, resolved against the edition's print settings. */
  private PrintRules rules(BundleFile file) {
    return edition.print().rulesFor(file.product(), cropMarks);
  }
}
