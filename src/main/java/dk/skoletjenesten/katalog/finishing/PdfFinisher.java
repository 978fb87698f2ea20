package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.print.PrintStandard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Turns a rendered PDF (pages trim + bleed large, content in CMYK) into the file the printer gets:
 * page boxes, optional crop marks, PDF/X output intent, Info and XMP metadata, no JavaScript, no
 * annotations (links are for the screen edition), no encryption.
 *
 * <p>Deterministic: the same input bytes and spec give the same output bytes. Dates come from the
 * spec; the document {@code /ID} and XMP identifiers are derived from a hash of input and spec; the
 * file is written with a classic cross-reference table and no object streams.
 */
public final class PdfFinisher {

  /** Reads the whole input, finishes it and writes the result; neither stream is closed. */
  public void finish(InputStream in, OutputStream out, FinishingSpec spec) throws IOException {
    finish(in.readAllBytes(), out, spec);
  }

  /** The finished PDF as bytes. */
  public byte[] finish(byte[] pdf, FinishingSpec spec) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1_100_000);
    finish(pdf, out, spec);
    return out.toByteArray();
  }

  private void finish(byte[] pdf, OutputStream out, FinishingSpec spec) throws IOException {
    try (PDDocument document = load(pdf)) {
      SubsetTags.normalize(document);
      ContentDigest digest = ContentDigest.of(document, spec);
      document.setAllSecurityToBeRemoved(true);
      if (spec.standard() == PrintStandard.PDF_X_1A) {
        X1aGuard.require(document);
      }
      ScriptRemover.remove(document);
      AnnotationRemover.remove(document);
      PageBoxes.apply(document, spec);
      OutputIntents.replace(document, spec.outputCondition());
      DocumentMetadata.write(document, spec, digest);
      setVersion(document, spec.standard());
      setId(document, digest);
      document.save(out, CompressParameters.NO_COMPRESSION);
    }
  }

  private static PDDocument load(byte[] pdf) throws FinishingException {
    try {
      return Loader.loadPDF(pdf);
    } catch (InvalidPasswordException e) {
      throw new FinishingException("cannot finish: the PDF is protected by a password", e);
    } catch (IOException e) {
      throw new FinishingException("cannot finish: not a readable PDF (" + e.getMessage() + ")", e);
    }
  }

  private static void setVersion(PDDocument document, PrintStandard standard) {
    document.getDocument().setVersion(standard.headerVersion());
    document.getDocumentCatalog().getCOSObject().removeItem(COSName.VERSION);
  }

  private static void setId(PDDocument document, ContentDigest digest) {
    COSArray id = new COSArray();
    id.add(new COSString(digest.documentId()));
    id.add(new COSString(digest.documentId()));
    document.getDocument().getTrailer().setItem(COSName.ID, id);
  }
}
