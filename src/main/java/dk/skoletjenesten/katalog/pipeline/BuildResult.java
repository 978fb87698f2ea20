package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build did: published the bundle, or refused (OUT untouched), with all diagnostics, and
 * with {@code --since} the one-line summary of what changed, and how long each stage worked.
 */
public record BuildResult(
    boolean published,
    List<Diagnostic> diagnostics,
    List<BundleFile> files,
    Optional<String> changes,
    StageTimes stages) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(stages, "stages");
  }

  /** A build that published nothing, or published without comparing. */
  public BuildResult(
      boolean published, List<Diagnostic> diagnostics, List<BundleFile> files, StageTimes stages) {
    this(published, diagnostics, files, Optional.empty(), stages);
  }
}
