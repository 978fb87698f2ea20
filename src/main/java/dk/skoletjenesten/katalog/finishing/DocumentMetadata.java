package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.print.PrintStandard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPMediaManagementSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/** Writes the document information dictionary and, for PDF/X-4, the matching XMP packet. */
final class DocumentMetadata {
  static final String TRAPPED = "False";

  private DocumentMetadata() {}

  static void write(PDDocument document, FinishingSpec spec, ContentDigest digest)
      throws IOException {
    document.setDocumentInformation(info(spec));
    if (spec.standard().hasXmp()) {
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(xmp(spec, digest));
      document.getDocumentCatalog().setMetadata(metadata);
    } else {
      document.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
    }
  }

  private static PDDocumentInformation info(FinishingSpec spec) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(spec.title());
    info.setAuthor(spec.author());
    info.setCreator(spec.creator());
    info.setProducer(spec.producer());
    info.setCreationDate(utc(spec.created()));
    info.setModificationDate(utc(spec.modified()));
    info.setTrapped(TRAPPED);
    info.setCustomMetadataValue("GTS_PDFXVersion", spec.standard().gtsVersion());
    spec.standard()
        .gtsConformance()
        .ifPresent(conformance -> info.setCustomMetadataValue("GTS_PDFXConformance", conformance));
    return info;
  }

  private static byte[] xmp(FinishingSpec spec, ContentDigest digest) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(spec.title());
    dc.addCreator(spec.author());
    dc.setFormat("application/pdf");
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(spec.creator());
    basic.setCreateDate(utc(spec.created()));
    basic.setModifyDate(utc(spec.modified()));
    basic.setMetadataDate(utc(spec.modified()));
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(spec.producer());
    pdf.setTextPropertyValue("Trapped", TRAPPED);
    XMPMediaManagementSchema mm = xmp.createAndAddXMPMediaManagementSchema();
    mm.setDocumentID(digest.uuid("document"));
    mm.setInstanceID(digest.uuid("instance"));
    mm.setVersionID("1");
    mm.setRenditionClass("default");
    XMPSchema pdfx = new XMPSchema(xmp, PrintStandard.XMP_NAMESPACE, "pdfxid");
    pdfx.setTextPropertyValue("GTS_PDFXVersion", spec.standard().gtsVersion());
    xmp.addSchema(pdfx);
    return serialize(xmp);
  }

  private static byte[] serialize(XMPMetadata xmp) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
    return out.toByteArray();
  }

  static Calendar utc(Instant instant) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }
}
