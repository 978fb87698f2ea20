package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostic;
import java.util.List;

/** What a build did: published the bundle, or refused (OUT untouched), with all diagnostics. */
public record BuildResult(boolean published, List<Diagnostic> diagnostics, List<BundleFile> files) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
  }
}
