package dk.skoletjenesten.katalog.finishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import dk.skoletjenesten.katalog.testing.BlankPdfs;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** What finishing removes or refuses: scripts, encryption, transparency for PDF/X-1a. */
class PdfFinisherCleanupTest {
  static final FinishingSpec A4 =
      FinishingSpec.of(210, 297, "Test", Instant.parse("2025-08-01T10:00:00Z"));
  static final FinishingSpec X1A =
      A4.toBuilder().standard(PrintStandard.PDF_X_1A, OutputCondition.FOGRA39).build();

  @Test
  void javaScriptIsRemoved() throws IOException {
    byte[] input;
    try (PDDocument document = BlankPdfs.document(216, 303, 1)) {
      PDActionJavaScript script = new PDActionJavaScript("app.alert('hej');");
      document.getDocumentCatalog().setOpenAction(script);
      PDAnnotationLink link = new PDAnnotationLink();
      link.setAction(script);
      link.setRectangle(new PDRectangle(100, 100, 50, 20));
      document.getPage(0).getAnnotations().add(link);
      document.getPage(0).getCOSObject().setItem(COSName.AA, new COSDictionary());
      input = BlankPdfs.bytes(document);
    }
    try (PDDocument finished = Loader.loadPDF(new PdfFinisher().finish(input, A4))) {
      assertThat(finished.getDocumentCatalog().getCOSObject().containsKey(COSName.OPEN_ACTION))
          .isFalse();
      assertThat(finished.getPage(0).getCOSObject().containsKey(COSName.AA)).isFalse();
      assertThat(finished.getPage(0).getAnnotations()).isEmpty();
    }
  }

  @Test
  void everyAnnotationIsRemovedForPrintLinksAreForTheScreenEdition() throws IOException {
    byte[] input;
    try (PDDocument document = BlankPdfs.document(216, 303, 2)) {
      PDActionURI uri = new PDActionURI();
      uri.setURI("https://skoletjenesten.dk");
      PDAnnotationLink link = new PDAnnotationLink();
      link.setAction(uri);
      link.setRectangle(new PDRectangle(100, 100, 50, 20));
      document.getPage(0).getAnnotations().add(link);
      PDAnnotationLink internal = new PDAnnotationLink();
      internal.setRectangle(new PDRectangle(100, 200, 50, 20));
      document.getPage(1).getAnnotations().add(internal);
      input = BlankPdfs.bytes(document);
    }
    try (PDDocument finished = Loader.loadPDF(new PdfFinisher().finish(input, A4))) {
      for (var page : finished.getPages()) {
        assertThat(page.getCOSObject().containsKey(COSName.ANNOTS)).isFalse();
      }
    }
  }

  @Test
  void encryptionWithoutUserPasswordIsRemoved() throws IOException {
    byte[] input;
    try (PDDocument document = BlankPdfs.document(216, 303, 1)) {
      document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      input = BlankPdfs.bytes(document);
    }
    try (PDDocument finished = Loader.loadPDF(new PdfFinisher().finish(input, A4))) {
      assertThat(finished.isEncrypted()).isFalse();
    }
  }

  @Test
  void inputWithAUserPasswordIsRefused() throws IOException {
    byte[] input;
    try (PDDocument document = BlankPdfs.document(216, 303, 1)) {
      document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
      input = BlankPdfs.bytes(document);
    }
    assertThatThrownBy(() -> new PdfFinisher().finish(input, A4))
        .isInstanceOf(FinishingException.class)
        .hasMessage("cannot finish: the PDF is protected by a password");
  }

  @Test
  void pdfx1aRefusesTransparencyAndRgb() throws IOException {
    byte[] input;
    try (PDDocument document = BlankPdfs.document(216, 303, 1)) {
      try (PDPageContentStream out = new PDPageContentStream(document, document.getPage(0))) {
        PDExtendedGraphicsState half = new PDExtendedGraphicsState();
        half.setNonStrokingAlphaConstant(0.5f);
        out.setGraphicsStateParameters(half);
        out.setNonStrokingColor(1f, 0f, 0f);
        out.addRect(100, 100, 50, 50);
        out.fill();
      }
      input = BlankPdfs.bytes(document);
    }
    assertThatThrownBy(() -> new PdfFinisher().finish(input, X1A))
        .isInstanceOf(FinishingException.class)
        .hasMessage(
            "cannot make PDF/X-1a, which allows no transparency and only DeviceCMYK,"
                + " DeviceGray and spot colour: page 1: transparency (opacity 0.50);"
                + " page 1: DeviceRGB colour (rg operator)");
    assertThat(new PdfFinisher().finish(input, A4)).isNotEmpty();
  }
}
