package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.bundle.BundleWriter;
import dk.skoletjenesten.katalog.bundle.OutFolder;
import dk.skoletjenesten.katalog.changes.BundleComparison;
import dk.skoletjenesten.katalog.changes.ComparisonProblem;
import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.pipeline.StageTimes.Stage;
import dk.skoletjenesten.katalog.preflight.PreflightReport;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;

/**
 * The main job: read and validate the data folder, make every publication, finish and preflight
 * every file, and publish the bundle to OUT only when all of it succeeded without errors. Nothing
 * is rendered from data with errors, and a refused or failed build leaves OUT as it was.
 */
public final class Pipeline {
  private final List<Publisher> publishers;
  private final boolean cropMarks;
  private final List<Selector> only;
  private final Optional<Path> since;
  private final Path layoutsDir;
  private final Path fontsDir;
  private final Progress progress;
  private long started;
  private StageTimes stages = new StageTimes();

  /**
   * A pipeline that makes every publication, with crop marks when the edition asks for them, and
   * the print order with the layouts and fonts of the working folder.
   */
  public Pipeline(List<Publisher> publishers) {
    this(publishers, false, List.of());
  }

  /** A pipeline that makes only what {@code only} selects, as below, without comparing. */
  public Pipeline(List<Publisher> publishers, boolean cropMarks, List<Selector> only) {
    this(publishers, cropMarks, only, Optional.empty(), Path.of("layouts"), Path.of("fonts"));
  }

  /**
   * A pipeline that adds crop marks when the edition asks for them or {@code cropMarks} is true,
   * makes only what {@code only} selects (everything when it is empty), lays out the print order
   * with {@code layoutsDir} and {@code fontsDir} and, given a previous bundle {@code since}, writes
   * what changed since it (changes.json, changes.html).
   */
  public Pipeline(
      List<Publisher> publishers,
      boolean cropMarks,
      List<Selector> only,
      Optional<Path> since,
      Path layoutsDir,
      Path fontsDir) {
    this(publishers, cropMarks, only, since, layoutsDir, fontsDir, Progress.QUIET);
  }

  private Pipeline(
      List<Publisher> publishers,
      boolean cropMarks,
      List<Selector> only,
      Optional<Path> since,
      Path layoutsDir,
      Path fontsDir,
      Progress progress) {
    this.publishers = List.copyOf(publishers);
    this.cropMarks = cropMarks;
    this.only = List.copyOf(only);
    this.since = since;
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
    this.progress = progress;
  }

  /** The same pipeline, saying what it has done to {@code progress}. */
  public Pipeline reporting(Progress progress) {
    return new Pipeline(publishers, cropMarks, only, since, layoutsDir, fontsDir, progress);
  }

  /** Tells {@code progress} about a step, with the seconds since the build began. */
  private void step(String line) {
    progress.step(
        String.format(Locale.ROOT, "[%5.1f s] %s", (System.nanoTime() - started) / 1e9, line));
  }

  /**
   * Builds the bundle of {@code dataDir} into {@code out}. OUT must be new, empty or an earlier
   * bundle ({@link OutFolder}), and only one build at a time writes it: a second is refused.
   */
  public BuildResult build(Path dataDir, Path out) {
    started = System.nanoTime();
    stages = new StageTimes();
    Optional<String> refusal = OutFolder.refusal(out, dataDir);
    if (refusal.isPresent()) {
      return refused(Diagnostic.error(out.toString(), 0, "--out", refusal.get()));
    }
    if (since.isPresent()) {
      try {
        BundleComparison.requireComparable(since.get());
      } catch (ComparisonProblem e) {
        return refused(Diagnostic.error(since.get().toString(), 0, "--since", e.getMessage()));
      }
    }
    try (OutFolder.Lock lock = OutFolder.lock(out)) {
      if (!lock.held()) {
        return refused(
            Diagnostic.error(
                out.toString(),
                0,
                "--out",
                "another katalog build"
                    + (lock.holder().isEmpty() ? "" : " (pid " + lock.holder() + ")")
                    + " is writing this folder: wait until it has finished"));
      }
      return buildLocked(dataDir, out);
    }
  }

  private BuildResult refused(Diagnostic problem) {
    return new BuildResult(false, List.of(problem), List.of(), stages);
  }

  private BuildResult buildLocked(Path dataDir, Path out) {
    BundleWriter writer = new BundleWriter(out);
    Diagnostics diagnostics = new Diagnostics();
    if (writer.recover()) {
      diagnostics.add(
          Diagnostic.warning(
              out.toString(),
              0,
              null,
              "put the previous bundle back: an earlier build was stopped while replacing it"));
    }
    RegistryReader.Result read = stages.time(Stage.READ, () -> RegistryReader.read(dataDir));
    diagnostics.addAll(read.diagnostics());
    if (read.registry().isEmpty()) {
      return new BuildResult(false, diagnostics.sorted(), List.of(), stages);
    }
    Registry registry = read.registry().get();
    Path work = writer.begin();
    try {
      List<BundleFile> raw = stages.time(Stage.LAYOUT, () -> publishAll(registry, diagnostics));
      if (raw.isEmpty() && !diagnostics.hasErrors()) {
        diagnostics.add(
            Diagnostic.error(
                dataDir.toString(),
                0,
                null,
                "nothing to publish: no order or publication matches what was asked for (see --only)"));
      }
      if (diagnostics.hasErrors()) {
        writer.abandon(work);
        return new BuildResult(false, diagnostics.sorted(), List.of(), stages);
      }
      List<PrintReadiness.Checked> checked =
          finishAll(new PrintReadiness(registry.edition(), cropMarks, stages), raw);
      step("finished and checked " + checked.size() + " files (print and screen)");
      List<PreflightReport> reports = checked.stream().map(PrintReadiness.Checked::report).toList();
      reports.forEach(r -> r.diagnostics().forEach(d -> diagnostics.add(underOut(d, out))));
      if (diagnostics.hasErrors()) {
        writer.abandon(work);
        return new BuildResult(false, diagnostics.sorted(), List.of(), stages);
      }
      List<BundleFile> files = checked.stream().map(PrintReadiness.Checked::file).toList();
      Optional<String> changes =
          new BundleContents(registry, layoutsDir, fontsDir, since, this::step, stages)
              .write(writer, work, files, reports);
      Optional<Path> left = stages.time(Stage.WRITE, () -> writer.publish(work));
      step("wrote " + out);
      left.ifPresent(
          old ->
              diagnostics.add(
                  Diagnostic.warning(
                      out.toString(),
                      0,
                      null,
                      "published; the previous bundle, moved aside to "
                          + old.getFileName()
                          + ", could not be removed: the next build removes it")));
      return new BuildResult(true, diagnostics.sorted(), files, changes, stages);
    } catch (RuntimeException | Error e) {
      writer.abandon(work);
      throw e;
    }
  }

  /**
   * Runs the selected publishers one after the other. Measured on 2 cores: in parallel the whole
   * build took 16-17 s against 12.6-14.4 s, as the catalogue already keeps both cores busy (its
   * cover renders on a second thread); the finishing and preflight stage below runs in parallel
   * instead.
   */
  private List<BundleFile> publishAll(Registry registry, Diagnostics diagnostics) {
    List<BundleFile> files = new ArrayList<>();
    for (Publisher publisher : publishers) {
      Optional<IntPredicate> municipalities = selected(publisher);
      if (municipalities.isEmpty()) {
        continue;
      }
      try {
        List<BundleFile> made = publisher.publish(registry, municipalities.get(), diagnostics);
        files.addAll(made);
        step(
            "made the "
                + publisher.name()
                + ": "
                + made.size()
                + (made.size() == 1 ? " file, " : " files, ")
                + made.stream().mapToInt(BundleFile::pages).sum()
                + " pages");
      } catch (RuntimeException e) {
        throw new PublishingException(withCause("while making the " + publisher.name(), e), e);
      }
    }
    return files;
  }

  /**
   * The one place {@code --only} is applied: the municipalities {@code publisher} is asked for, or
   * empty when no selector names its key. Without selectors every publication is made in full.
   */
  private Optional<IntPredicate> selected(Publisher publisher) {
    if (only.isEmpty()) {
      return Optional.of(municipality -> true);
    }
    if (only.stream().noneMatch(s -> s.product() == publisher.key())) {
      return Optional.empty();
    }
    return Optional.of(
        municipality -> only.stream().anyMatch(s -> s.selects(publisher.key(), municipality)));
  }

  /**
   * Finishes and preflights the files in parallel, one per core, each print file followed by its
   * screen edition when its product has one (made from the same render); the order is kept.
   */
  private static List<PrintReadiness.Checked> finishAll(
      PrintReadiness readiness, List<BundleFile> files) {
    List<Callable<PrintReadiness.Checked>> tasks = new ArrayList<>();
    List<String> doing = new ArrayList<>();
    for (BundleFile file : files) {
      tasks.add(() -> readiness.apply(file));
      doing.add("while finishing " + file.path());
      if (file.product().screenEdition().isPresent()) {
        tasks.add(() -> readiness.screen(file));
        doing.add("while making the screen edition of " + file.path());
      }
    }
    return OnAllCores.run(
        tasks,
        (task, cause) ->
            cause instanceof InterruptedException
                ? new PublishingException("interrupted " + doing.get(task), cause)
                : new PublishingException(withCause(doing.get(task), cause), cause));
  }

  /**
   * {@code doing} with the fault's own words after a colon, when it has any (the CLI prints the
   * causes' words below it).
   */
  private static String withCause(String doing, Throwable fault) {
    return fault.getMessage() == null ? doing : doing + ": " + fault.getMessage();
  }

  /** A preflight diagnostic as the user sees it: the file under OUT, where it will be. */
  private static Diagnostic underOut(Diagnostic d, Path out) {
    return new Diagnostic(
        d.severity(),
        out.resolve(d.file()).toString(),
        d.line(),
        d.location(),
        d.field(),
        d.message());
  }

  /** A fault (not a data problem) while making a publication; the build is abandoned. */
  public static final class PublishingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PublishingException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
