package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.common.Diagnostic;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks any PDF against a {@link PreflightProfile}, read-only, the way a printer's preflight
 * would: page boxes and count, fonts and glyphs, colour spaces, transparency (PDF/X-1a), image
 * resolution, total ink, text in the safe zone, PDF/X keys and JavaScript.
 *
 * <p>Never throws for a bad file: a file that cannot be read, is protected by a password or is
 * broken inside becomes an error diagnostic. The {@code file} of each diagnostic is the path or
 * name as given.
 */
public final class Preflight {
  static final String FIELD = PreflightRun.FIELD;

  /** The diagnostics for one file, sorted. */
  public List<Diagnostic> check(Path pdf, PreflightProfile profile) {
    return inspect(pdf, profile).diagnostics();
  }

  /** The diagnostics for a PDF read from {@code in}, reported under the name {@code file}. */
  public List<Diagnostic> check(String file, InputStream in, PreflightProfile profile) {
    return inspect(file, in, profile).diagnostics();
  }

  /** The full report for one file: diagnostics, page count, spot colours, highest ink. */
  public PreflightReport inspect(Path pdf, PreflightProfile profile) {
    String file = pdf.toString();
    PDDocument document;
    try {
      document = Loader.loadPDF(pdf.toFile());
    } catch (IOException e) {
      return unreadable(file, e);
    }
    return run(file, document, profile);
  }

  /** The full report for a PDF read from {@code in}, reported under the name {@code file}. */
  public PreflightReport inspect(String file, InputStream in, PreflightProfile profile) {
    PDDocument document;
    try {
      document = Loader.loadPDF(in.readAllBytes());
    } catch (IOException e) {
      return unreadable(file, e);
    }
    return run(file, document, profile);
  }

  private static PreflightReport run(String file, PDDocument document, PreflightProfile profile) {
    try {
      return PreflightRun.run(file, document, profile);
    } finally {
      try {
        document.close();
      } catch (IOException e) {
        // read-only: failing to release a document we only read changes no result
      }
    }
  }

  private static PreflightReport unreadable(String file, IOException e) {
    String message;
    if (e instanceof InvalidPasswordException) {
      message = "is protected by a password and cannot be checked";
    } else if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
      message = "cannot be read: no such file";
    } else {
      message = "cannot be read as PDF: " + e.getMessage();
    }
    return new PreflightReport(
        file, 0, List.of(Diagnostic.errorAt(file, null, FIELD, message)), List.of(), 0);
  }
}
