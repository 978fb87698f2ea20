package dk.skoletjenesten.katalog.screen;

import dk.skoletjenesten.katalog.common.Sha256;
import dk.skoletjenesten.katalog.finishing.FinishingException;
import dk.skoletjenesten.katalog.finishing.PageBoxes;
import dk.skoletjenesten.katalog.finishing.SubsetTags;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Makes the screen edition of a rendered publication: the same pages as the print edition, cropped
 * to the trim (no bleed, no marks), every DeviceCMYK colour and CMYK image in RGB (images as JPEG
 * at {@value ScreenImages#PPI} ppi at most), link annotations to the document's own pages and to
 * {@code https:}/{@code mailto:} addresses kept (all others dropped), bookmarks kept and shown,
 * title and language set, no output intent, XMP or other PDF/X keys, compressed.
 *
 * <p>Input: the PDF as Flying Saucer rendered it for print (pages trim + bleed large), before print
 * finishing. Deterministic: the same pages and spec give the same bytes (font subset tags and the
 * document {@code /ID} are derived from content, dates come from the spec).
 */
public final class ScreenFinisher {
  private static final int ID_LENGTH = 16;

  /** The screen edition of {@code rendered} as bytes. */
  public byte[] finish(byte[] rendered, ScreenSpec spec) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rendered.length);
    finish(rendered, out, spec);
    return out.toByteArray();
  }

  /** Writes the screen edition of {@code rendered} to {@code out}, which is not closed. */
  public void finish(byte[] rendered, OutputStream out, ScreenSpec spec) throws IOException {
    try (PDDocument document = load(rendered)) {
      document.setAllSecurityToBeRemoved(true);
      SubsetTags.normalize(document);
      cropToTrim(document, spec);
      ScreenLinks.keepAllowed(document);
      new RgbContent(new RgbColours()).recolour(document);
      ScreenImages.convert(document);
      ScreenMetadata.write(document, spec);
      document.getDocument().setVersion(1.7f);
      setId(document, spec);
      saveCompressed(document, out);
    }
  }

  /**
   * Saves {@code document} with object streams. PDFBox numbers the objects of a compressed save
   * after the keys they were read with, and those vary with the renderer's run (two builds of the
   * sample gave the report's screen edition in two orders); a plain save numbers them in the order
   * it reaches them, so the document is saved plainly, read back and then compressed.
   */
  private static void saveCompressed(PDDocument document, OutputStream out) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    document.save(plain, CompressParameters.NO_COMPRESSION);
    try (PDDocument renumbered = Loader.loadPDF(plain.toByteArray())) {
      renumbered.save(out);
    }
  }

  private static PDDocument load(byte[] pdf) throws ScreenFinishingException {
    try {
      return Loader.loadPDF(pdf);
    } catch (InvalidPasswordException e) {
      throw new ScreenFinishingException(
          "cannot make the screen edition: the PDF is protected by a password", e);
    } catch (IOException e) {
      throw new ScreenFinishingException(
          "cannot make the screen edition: not a readable PDF (" + e.getMessage() + ")", e);
    }
  }

  /** Every page's MediaBox becomes its trim; the print boxes go. */
  private static void cropToTrim(PDDocument document, ScreenSpec spec)
      throws ScreenFinishingException {
    int number = 1;
    for (PDPage page : document.getPages()) {
      PDRectangle trim = trimOf(page, number++, spec);
      page.setMediaBox(trim);
      for (COSName box :
          new COSName[] {COSName.CROP_BOX, COSName.BLEED_BOX, COSName.TRIM_BOX, COSName.ART_BOX}) {
        page.getCOSObject().removeItem(box);
      }
    }
  }

  private static PDRectangle trimOf(PDPage page, int number, ScreenSpec spec)
      throws ScreenFinishingException {
    try {
      return PageBoxes.trimOf(
          page, number, spec.trimWidthMm(), spec.trimHeightMm(), spec.bleedMm());
    } catch (FinishingException e) {
      throw new ScreenFinishingException(e.getMessage(), e);
    }
  }

  /** The document {@code /ID}: from what the pages draw and the spec. */
  private static void setId(PDDocument document, ScreenSpec spec) throws IOException {
    MessageDigest digest = Sha256.digest();
    for (PDPage page : document.getPages()) {
      try (InputStream contents = page.getContents()) {
        digest.update(Sha256.digest().digest(contents.readAllBytes()));
      }
    }
    digest.update(spec.toString().getBytes(StandardCharsets.UTF_8));
    byte[] id = Arrays.copyOf(digest.digest(), ID_LENGTH);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }
}
