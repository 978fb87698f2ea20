package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.bundle.BundleWriter;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main job: read and validate the data folder, make every publication, and publish the
 * bundle to OUT only when everything succeeded. Nothing is rendered from data with errors, and
 * a refused or failed build leaves OUT as it was.
 */
public final class Pipeline {
  private final List<Publisher> publishers;

  public Pipeline(List<Publisher> publishers) {
    this.publishers = List.copyOf(publishers);
  }

  public BuildResult build(Path dataDir, Path out) {
    RegistryReader.Result read = RegistryReader.read(dataDir);
    if (read.registry().isEmpty()) {
      return new BuildResult(false, read.diagnostics(), List.of());
    }
    Registry registry = read.registry().get();
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(read.diagnostics());
    BundleWriter writer = new BundleWriter(out);
    Path work = writer.begin();
    try {
      List<BundleFile> files = publishAll(registry, diagnostics);
      if (diagnostics.hasErrors()) {
        writer.abandon(work);
        return new BuildResult(false, diagnostics.sorted(), List.of());
      }
      writer.complete(work, registry.edition().schoolYear(), registry.edition().title(), files);
      return new BuildResult(true, diagnostics.sorted(), files);
    } catch (RuntimeException | Error e) {
      writer.abandon(work);
      throw e;
    }
  }

  private List<BundleFile> publishAll(Registry registry, Diagnostics diagnostics) {
    List<BundleFile> files = new ArrayList<>();
    for (Publisher publisher : publishers) {
      try {
        files.addAll(publisher.publish(registry, diagnostics));
      } catch (RuntimeException e) {
        throw new PublishingException("while making the " + publisher.name() + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  /** A fault (not a data problem) while making a publication; the build is abandoned. */
  public static final class PublishingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PublishingException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
