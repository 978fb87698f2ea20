package dk.skoletjenesten.katalog.delivery;

import dk.skoletjenesten.katalog.common.Sha256;
import dk.skoletjenesten.katalog.finishing.SubsetTags;
import dk.skoletjenesten.katalog.pdf.PageBoxes;
import dk.skoletjenesten.katalog.pdf.PdfJob;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.TrimSize;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out the print order on A4 (no bleed: a document, not press artwork) and makes it
 * deterministic with PDFBox: font subset tags from the font programs, the document information
 * dated by the edition, the language Danish, and a document {@code /ID} from the order's JSON.
 */
final class PrintOrderRenderer {
  private static final int ID_LENGTH = 16;

  private final Path layoutsDir;
  private final Path fontsDir;
  private final Path dataDir;

  PrintOrderRenderer(Path layoutsDir, Path fontsDir, Path dataDir) {
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
    this.dataDir = dataDir;
  }

  /** The PDF of {@code variables}; {@code json} (the same facts) gives the document ID. */
  byte[] render(Map<String, Object> variables, Edition edition, byte[] json) {
    String xhtml = new TemplateRenderer(layoutsDir).render(PrintOrderView.TEMPLATE, variables);
    PdfJob job =
        PdfJob.of(
            xhtml,
            layoutsDir.resolve("print-order"),
            new PageBoxes(TrimSize.A4.widthMm(), TrimSize.A4.heightMm(), 0));
    byte[] pdf = new PdfRenderer(layoutsDir, fontsDir, dataDir).render(job).bytes();
    try {
      return settle(pdf, (String) variables.get("title"), edition, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + PrintOrder.PDF, e);
    }
  }

  private static byte[] settle(byte[] pdf, String title, Edition edition, byte[] json)
      throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      SubsetTags.normalize(document);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setAuthor(edition.publisher().name());
      info.setSubject("Trykordre og levering");
      info.setCreator("katalog");
      info.setProducer("katalog (Flying Saucer, Apache PDFBox)");
      Calendar date = utc(edition);
      info.setCreationDate(date);
      info.setModificationDate(date);
      document.setDocumentInformation(info);
      document.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
      document.getDocumentCatalog().setLanguage("da-DK");
      byte[] id = Arrays.copyOf(Sha256.of(json), ID_LENGTH);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      document.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  private static Calendar utc(Edition edition) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(
        edition.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    return calendar;
  }
}
