package dk.skoletjenesten.katalog.finishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import dk.skoletjenesten.katalog.testing.PdfBoxChecks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfFinisherTest {
  static final Instant DATE = Instant.parse("2025-08-01T10:00:00Z");
  static final FinishingSpec A4 = FinishingSpec.of(210, 297, "Skoletjenesten 2025/26", DATE);

  static byte[] rendered;

  @BeforeAll
  static void render() {
    rendered = RenderedPdf.a4(2);
  }

  @Test
  void finishedFileHasOneOutputIntentWithEmbeddedFogra39Profile() throws IOException {
    try (PDDocument document = Loader.loadPDF(new PdfFinisher().finish(rendered, A4))) {
      assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
      PDOutputIntent intent = document.getDocumentCatalog().getOutputIntents().get(0);
      assertThat(intent.getCOSObject().getCOSName(COSName.S).getName()).isEqualTo("GTS_PDFX");
      assertThat(intent.getOutputConditionIdentifier()).isEqualTo("FOGRA39");
      assertThat(intent.getRegistryName()).isEqualTo("http://www.color.org");
      assertThat(intent.getInfo()).isNotBlank();
      assertThat(intent.getDestOutputIntent().getInt(COSName.N)).isEqualTo(4);
      try (var profile = intent.getDestOutputIntent().createInputStream()) {
        assertThat(profile.readAllBytes()).hasSize(1_053_552);
      }
    }
  }

  @Test
  void finishedFileHasPdfx4InfoKeysFromTheSpec() throws IOException {
    try (PDDocument document = Loader.loadPDF(new PdfFinisher().finish(rendered, A4))) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getCustomMetadataValue("GTS_PDFXVersion")).isEqualTo("PDF/X-4");
      assertThat(info.getTrapped()).isEqualTo("False");
      assertThat(info.getTitle()).isEqualTo("Skoletjenesten 2025/26");
      assertThat(info.getAuthor()).isEqualTo("Skoletjenesten");
      assertThat(info.getCreator()).isEqualTo("katalog");
      assertThat(info.getProducer()).isEqualTo("katalog finishing (Apache PDFBox)");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(DATE);
      assertThat(info.getModificationDate().toInstant()).isEqualTo(DATE);
      assertThat(document.getVersion()).isEqualTo(1.6f);
      assertThat(document.isEncrypted()).isFalse();
    }
  }

  @Test
  void finishedFileHasPdfx4XmpMetadata() throws Exception {
    try (PDDocument document = Loader.loadPDF(new PdfFinisher().finish(rendered, A4))) {
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp = parser.parse(document.getDocumentCatalog().getMetadata().toByteArray());
      XMPSchema pdfx = xmp.getSchema("http://www.npes.org/pdfx/ns/id/");
      assertThat(pdfx.getUnqualifiedTextPropertyValue("GTS_PDFXVersion")).isEqualTo("PDF/X-4");
      assertThat(xmp.getAdobePDFSchema().getUnqualifiedTextPropertyValue("Trapped"))
          .isEqualTo("False");
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Skoletjenesten 2025/26");
      assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(DATE);
      assertThat(xmp.getXMPMediaManagementSchema().getDocumentID()).startsWith("uuid:");
      assertThat(xmp.getXMPMediaManagementSchema().getInstanceID())
          .startsWith("uuid:")
          .isNotEqualTo(xmp.getXMPMediaManagementSchema().getDocumentID());
    }
  }

  @Test
  void documentIdIsTwoIdenticalStringsDerivedFromTheContent() throws IOException {
    byte[] first = new PdfFinisher().finish(rendered, A4);
    byte[] other = new PdfFinisher().finish(RenderedPdf.a4(3), A4);
    assertThat(id(first).getObject(0)).isEqualTo(id(first).getObject(1));
    assertThat(((COSString) id(first).getObject(0)).getBytes()).hasSize(16);
    assertThat(id(first).getObject(0)).isNotEqualTo(id(other).getObject(0));
  }

  /**
   * A renderer that writes its info dictionary and font dictionaries into a compressed object
   * stream (OpenPDF does for the cover) must not make the ID depend on its date or subset tags.
   */
  @Test
  void documentIdIgnoresTheRenderersDateInsideAnObjectStream() throws IOException {
    byte[] today = recompressedWithDate(rendered, "D:20261201160617Z");
    byte[] tomorrow = recompressedWithDate(rendered, "D:20261202093000Z");
    assertThat(today).isNotEqualTo(tomorrow);
    assertThat(new PdfFinisher().finish(today, A4))
        .isEqualTo(new PdfFinisher().finish(tomorrow, A4));
  }

  private static byte[] recompressedWithDate(byte[] pdf, String date) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document
          .getDocumentInformation()
          .getCOSObject()
          .setItem(COSName.CREATION_DATE, new COSString(date));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.DEFAULT_COMPRESSION);
      return out.toByteArray();
    }
  }

  @Test
  void twoFinishesOfTheSameInputAreByteIdentical() throws IOException {
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    new PdfFinisher().finish(new ByteArrayInputStream(rendered), streamed, A4);
    assertThat(new PdfFinisher().finish(rendered, A4)).isEqualTo(streamed.toByteArray());
    FinishingSpec marked = A4.toBuilder().cropMarks(true).build();
    assertThat(new PdfFinisher().finish(rendered, marked))
        .isEqualTo(new PdfFinisher().finish(rendered, marked));
  }

  @Test
  void withoutMarksMediaBoxIsBleedBoxAndTrimBoxLiesTheBleedInside() throws IOException {
    try (PDDocument document = Loader.loadPDF(new PdfFinisher().finish(rendered, A4))) {
      PdfBoxChecks.assertTrimPlusBleed(document, 210, 297, 3);
    }
  }

  @Test
  void cropMarksGrowTheMediaBoxOutwardsAndLieOutsideTheBleed() throws IOException {
    byte[] finished = new PdfFinisher().finish(rendered, A4.toBuilder().cropMarks(true).build());
    try (PDDocument document = Loader.loadPDF(finished)) {
      PDPage page = document.getPage(0);
      PdfBoxChecks.assertBox("MediaBox", page.getMediaBox(), -6, -6, 222, 309);
      PdfBoxChecks.assertBox("BleedBox", page.getBleedBox(), 0, 0, 216, 303);
      PdfBoxChecks.assertBox("TrimBox", page.getTrimBox(), 3, 3, 213, 300);
      MarkLines marks = MarkLines.of(page);
      assertThat(marks.lines()).hasSize(8);
      assertThat(marks.lines())
          .allSatisfy(
              line -> {
                assertThat(marks.lineWidth()).isEqualTo(0.25f);
                assertThat(MarkLines.outside(line, page.getBleedBox())).isTrue();
                assertThat(MarkLines.inside(line, page.getMediaBox())).isTrue();
              });
      assertThat(marks.colourSpace()).isEqualTo("Separation All");
    }
  }

  @Test
  void pdfx1aIsPdf13WithVersionAndConformanceKeysAndNoXmp() throws IOException {
    FinishingSpec x1a =
        A4.toBuilder().standard(PrintStandard.PDF_X_1A, OutputCondition.FOGRA39).build();
    byte[] finished = new PdfFinisher().finish(rendered, x1a);
    assertThat(new String(finished, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.3");
    try (PDDocument document = Loader.loadPDF(finished)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getCustomMetadataValue("GTS_PDFXVersion")).isEqualTo("PDF/X-1:2001");
      assertThat(info.getCustomMetadataValue("GTS_PDFXConformance")).isEqualTo("PDF/X-1a:2001");
      assertThat(document.getDocumentCatalog().getMetadata()).isNull();
    }
  }

  @Test
  void pdfx1aForFogra51NamesTheRegisteredConditionWithoutAProfile() throws IOException {
    FinishingSpec x1a =
        A4.toBuilder().standard(PrintStandard.PDF_X_1A, OutputCondition.FOGRA51).build();
    try (PDDocument document = Loader.loadPDF(new PdfFinisher().finish(rendered, x1a))) {
      PDOutputIntent intent = document.getDocumentCatalog().getOutputIntents().get(0);
      assertThat(intent.getOutputConditionIdentifier()).isEqualTo("FOGRA51");
      assertThat(intent.getRegistryName()).isEqualTo("http://www.color.org");
      assertThat(intent.getDestOutputIntent()).isNull();
    }
  }

  @Test
  void pdfx4ForFogra51IsRefusedBecauseNoProfileCanBeEmbedded() {
    assertThatThrownBy(
            () -> A4.toBuilder().standard(PrintStandard.PDF_X_4, OutputCondition.FOGRA51).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "PDF/X-4 needs the output profile embedded, and no redistributable FOGRA51"
                + " profile is bundled: use FOGRA39, or PDF/X-1a, which may name a registered"
                + " condition without its profile");
  }

  @Test
  void pageOfTheWrongSizeIsRefused() {
    FinishingSpec a5 = FinishingSpec.of(148, 210, "A5", DATE);
    assertThatThrownBy(() -> new PdfFinisher().finish(rendered, a5))
        .isInstanceOf(FinishingException.class)
        .hasMessage("page 1 is 216.0 x 303.0 mm, expected trim + bleed 154.0 x 216.0 mm");
  }

  @Test
  void unreadableInputIsRefused() {
    assertThatThrownBy(() -> new PdfFinisher().finish("not a pdf".getBytes(), A4))
        .isInstanceOf(FinishingException.class)
        .hasMessageStartingWith("cannot finish: not a readable PDF");
  }

  static COSArray id(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getDocument().getTrailer().getCOSArray(COSName.ID);
    }
  }
}
