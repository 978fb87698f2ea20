package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.preflight.Preflight;
import dk.skoletjenesten.katalog.preflight.PreflightProfile;
import dk.skoletjenesten.katalog.preflight.PreflightReport;
import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PageCountRule;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "preflight",
    mixinStandardHelpOptions = true,
    description = {
      "Checks PDFs the way a printer's preflight does and prints a report.",
      "%nWorks on any PDF, ours or not: page boxes and bleed, page count, embedded fonts and "
          + "glyphs, colour spaces (no RGB), transparency for PDF/X-1a, image resolution, total area "
          + "coverage, PDF/X keys, JavaScript, and text in the safe zone. Exits 1 when a file has errors."
    })
final class PreflightCommand implements Callable<Integer> {
  private final PrintWriter out;

  @Parameters(paramLabel = "FILE.pdf", arity = "1..*", description = "The PDFs to check.")
  List<Path> files;

  @Option(
      names = "--standard",
      paramLabel = "X",
      defaultValue = "x4",
      description =
          "x4 (PDF/X-4), x1a (PDF/X-1a) or any (no PDF/X keys checked); default: ${DEFAULT-VALUE}.")
  String standard;

  @Option(
      names = "--condition",
      paramLabel = "C",
      defaultValue = "FOGRA39",
      description = "FOGRA39 (330%% ink) or FOGRA51 (300%%); default: ${DEFAULT-VALUE}.")
  OutputCondition condition;

  @Option(
      names = "--bleed",
      paramLabel = "MM",
      defaultValue = "3",
      description = "Expected bleed in mm; default: ${DEFAULT-VALUE}.")
  double bleedMm;

  @Option(
      names = "--safe-zone",
      paramLabel = "MM",
      defaultValue = "5",
      description = "Text distance from the trim in mm; default: ${DEFAULT-VALUE}.")
  double safeZoneMm;

  @Option(
      names = "--trim",
      paramLabel = "WxH",
      description = "Expected trim in mm, e.g. 210x297 (default: each page's TrimBox).")
  String trim;

  @Option(
      names = "--pages",
      paramLabel = "RULE",
      defaultValue = "any",
      description =
          "Page count rule: any, even, 4n (a multiple of 4) or a number; default: ${DEFAULT-VALUE}.")
  String pages;

  @Option(
      names = "--spot",
      paramLabel = "NAME",
      split = ",",
      description = "Allowed spot colours, e.g. CutContour.")
  List<String> spots = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  PreflightCommand(PrintWriter out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    PreflightProfile profile = profile();
    List<PreflightReport> reports = new ArrayList<>();
    for (Path file : files) {
      reports.add(new Preflight().inspect(file, profile));
    }
    out.print(PreflightReport.toText(reports));
    return reports.stream().allMatch(PreflightReport::passed) ? ExitCode.OK : ExitCode.REFUSED;
  }

  private PreflightProfile profile() {
    PreflightProfile.Builder profile =
        standard(PreflightProfile.builder())
            .condition(condition)
            .bleedMm(bleedMm)
            .safeZoneMm(safeZoneMm)
            .pageCount(pageRule())
            .allowedSpotColours(Set.copyOf(spots));
    if (trim != null) {
      String[] size = trim.toLowerCase(Locale.ROOT).split("x");
      try {
        profile.trim(Double.parseDouble(size[0]), Double.parseDouble(size[1]));
      } catch (RuntimeException e) {
        throw usage("--trim: expected WIDTHxHEIGHT in mm like 210x297, got " + trim);
      }
    }
    return profile.build();
  }

  /** {@code profile} checking the standard asked for, or any PDF. */
  private PreflightProfile.Builder standard(PreflightProfile.Builder profile) {
    return switch (standard.toLowerCase(Locale.ROOT)) {
      case "x4", "pdf/x-4" -> profile.standard(PrintStandard.PDF_X_4);
      case "x1a", "pdf/x-1a" -> profile.standard(PrintStandard.PDF_X_1A);
      case "any" -> profile.anyPdf();
      default -> throw usage("--standard: expected x4, x1a or any, got " + standard);
    };
  }

  private PageCountRule pageRule() {
    if (pages.equals("any")) {
      return PageCountRule.any();
    }
    if (pages.equals("even")) {
      return PageCountRule.even();
    }
    if (pages.equals("4n")) {
      return PageCountRule.multipleOf(4);
    }
    if (pages.matches("\\d{1,5}")) {
      return PageCountRule.exactly(Integer.parseInt(pages));
    }
    throw usage("--pages: expected any, even, 4n or a number, got " + pages);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
