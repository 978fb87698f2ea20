package dk.skoletjenesten.katalog.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.bundle.BundleWriter;
import dk.skoletjenesten.katalog.bundle.Manifest;
import dk.skoletjenesten.katalog.changes.BundleComparison;
import dk.skoletjenesten.katalog.changes.Changes;
import dk.skoletjenesten.katalog.changes.RegistrySnapshot;
import dk.skoletjenesten.katalog.delivery.Distribution;
import dk.skoletjenesten.katalog.delivery.PrintFacts;
import dk.skoletjenesten.katalog.delivery.PrintOrder;
import dk.skoletjenesten.katalog.pipeline.StageTimes.Stage;
import dk.skoletjenesten.katalog.preflight.PreflightReport;
import dk.skoletjenesten.katalog.proof.ProofSet;
import dk.skoletjenesten.katalog.proof.Proofs;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.Registry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Everything a bundle holds beside its finished PDFs, written into the work folder of a build that
 * passed: the preflight reports, the print order and distribution, the proofs, the data snapshot,
 * the manifest and, with {@code --since}, the changes since an earlier bundle.
 */
final class BundleContents {
  static final String PREFLIGHT_JSON = "preflight.json";
  static final String PREFLIGHT_TEXT = "preflight.txt";
  static final String REGISTRY_JSON = "registry.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Registry registry;
  private final Path layoutsDir;
  private final Path fontsDir;
  private final Optional<Path> since;
  private final Consumer<String> step;
  private final StageTimes stages;

  /**
   * The contents of a bundle of {@code registry}'s data, the print order laid out with {@code
   * layoutsDir} and {@code fontsDir}, compared with {@code since} when given; {@code step} hears
   * what is done, and {@code stages} how long the proofs and the rest took.
   */
  BundleContents(
      Registry registry,
      Path layoutsDir,
      Path fontsDir,
      Optional<Path> since,
      Consumer<String> step,
      StageTimes stages) {
    this.registry = registry;
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
    this.since = since;
    this.step = step;
    this.stages = stages;
  }

  /**
   * Writes the files, the reports, the data snapshot and the manifest into {@code work} and, with
   * {@code --since}, what changed since that bundle.
   *
   * @return the one-line summary of the changes, with {@code --since}
   */
  Optional<String> write(
      BundleWriter writer, Path work, List<BundleFile> files, List<PreflightReport> reports) {
    List<BundleFile> printed = files.stream().filter(f -> !f.product().forScreen()).toList();
    stages.run(
        Stage.WRITE,
        () -> {
          files.forEach(f -> writer.write(work, f.path(), f.content()));
          reportFiles(reports).forEach((path, bytes) -> writer.write(work, path, bytes));
          delivery(printed).forEach((path, bytes) -> writer.write(work, path, bytes));
        });
    ProofSet proofs =
        stages.time(Stage.PROOFS, () -> Proofs.of(printed, registry.edition().date(), fontsDir));
    step.accept(
        "proofs: " + proofs.signatures().values().stream().mapToInt(List::size).sum() + " pages");
    return stages.time(Stage.WRITE, () -> writeRest(writer, work, files, proofs));
  }

  /** The proofs, the data snapshot, the manifest and, with {@code --since}, the changes. */
  private Optional<String> writeRest(
      BundleWriter writer, Path work, List<BundleFile> files, ProofSet proofs) {
    proofs.files().forEach((path, bytes) -> writer.write(work, path, bytes));
    byte[] snapshot = RegistrySnapshot.json(registry);
    writer.write(work, REGISTRY_JSON, snapshot);
    Edition edition = registry.edition();
    Manifest.Header header =
        new Manifest.Header(
            edition.schoolYear(),
            edition.title(),
            edition.date().toString(),
            BundleWriter.sha256(snapshot));
    List<Manifest.Entry> entries =
        files.stream()
            .map(
                f ->
                    BundleWriter.entry(
                        f,
                        new Manifest.Extra(
                            printFacts(f), proofs.signatures().getOrDefault(f.path(), List.of()))))
            .toList();
    writer.writeManifest(work, header, entries);
    if (since.isEmpty()) {
      return Optional.empty();
    }
    Changes changes = BundleComparison.compare(since.get(), work);
    step.accept("compared with " + since.get() + ": " + changes.summary());
    changes.files().forEach((path, bytes) -> writer.write(work, path, bytes));
    writer.writeManifest(work, header, entries);
    return Optional.of(changes.summary());
  }

  /**
   * The print order and the distribution of the {@code printed} files; their totals must equal the
   * files' copies (validation makes sure they can), so a disagreement is a fault.
   */
  private Map<String, byte[]> delivery(List<BundleFile> printed) {
    PrintOrder order = PrintOrder.of(registry, printed, layoutsDir, fontsDir);
    List<String> disagreements = order.distribution().disagreements(printed);
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(
          "the distribution does not add up: " + String.join("; ", disagreements));
    }
    Map<String, byte[]> files = new TreeMap<>();
    files.put(PrintOrder.PDF, order.pdf());
    files.put(PrintOrder.JSON, order.json());
    files.put(Distribution.FILE, order.distribution().csv());
    files.put(Distribution.MUNICIPALITIES_FILE, order.distribution().municipalitiesCsv());
    return files;
  }

  /**
   * The manifest's print facts of {@code file} (binding, paper, colours, bleed, standard, output
   * condition, finishing ...) without those its entry states already; none for a screen edition.
   */
  private Map<String, Object> printFacts(BundleFile file) {
    if (file.product().forScreen()) {
      return null;
    }
    Map<String, Object> facts = new LinkedHashMap<>(PrintFacts.of(file, registry).asMap());
    List.of("path", "product", "title", "municipality", "trim_mm", "pages", "copies")
        .forEach(facts::remove);
    return facts;
  }

  private static Map<String, byte[]> reportFiles(List<PreflightReport> reports) {
    try {
      byte[] json = JSON.writeValueAsBytes(reports.stream().map(PreflightReport::json).toList());
      byte[] text = PreflightReport.toText(reports).getBytes(StandardCharsets.UTF_8);
      return new TreeMap<>(Map.of(PREFLIGHT_JSON, json, PREFLIGHT_TEXT, text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the preflight report as JSON", e);
    }
  }
}
