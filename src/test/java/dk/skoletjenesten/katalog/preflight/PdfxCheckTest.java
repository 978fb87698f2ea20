package dk.skoletjenesten.katalog.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.print.OutputCondition;
import dk.skoletjenesten.katalog.print.PrintStandard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

class PdfxCheckTest {
  static final PreflightProfile X4_A4 = PreflightProfile.builder().trim(210, 297).build();
  static final PreflightProfile X1A_A4 =
      X4_A4.toBuilder().standard(PrintStandard.PDF_X_1A).condition(OutputCondition.FOGRA39).build();

  @Test
  void plainPdfLacksEveryPdfx4Key() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      assertThat(pdf.check(X4_A4))
          .containsExactly(
              "test.pdf: error: pdfx: GTS_PDFXVersion is missing from Info, expected \"PDF/X-4\"",
              "test.pdf: error: pdfx: Trapped is missing from Info, expected True or False",
              "test.pdf: error: pdfx: XMP metadata is missing, required by PDF/X-4",
              "test.pdf: error: pdfx: no GTS_PDFX output intent, expected exactly one");
    }
  }

  @Test
  void missingDocumentIdIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      // PDFBox always writes an /ID; blank it out in the trailer (after the xref, so offsets hold)
      String text = new String(pdf.bytes(), StandardCharsets.ISO_8859_1);
      Matcher id = Pattern.compile("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]").matcher(text);
      assertThat(id.find()).isTrue();
      String withoutId =
          text.substring(0, id.start())
              + " ".repeat(id.end() - id.start())
              + text.substring(id.end());
      assertThat(TestPdf.check(withoutId.getBytes(StandardCharsets.ISO_8859_1), X4_A4))
          .contains("test.pdf: error: pdfx: document has no /ID");
    }
  }

  @Test
  void pdfx1aKeysAreNamedWithBothFlavours() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      pdf.document
          .getDocumentInformation()
          .setCustomMetadataValue("GTS_PDFXVersion", "PDF/X-3:2002");
      pdf.document.getDocumentInformation().setTrapped("Unknown");
      assertThat(pdf.check(X1A_A4))
          .contains(
              "test.pdf: error: pdfx: GTS_PDFXVersion in Info is \"PDF/X-3:2002\", expected"
                  + " \"PDF/X-1:2001\" (with GTS_PDFXConformance \"PDF/X-1a:2001\") or"
                  + " \"PDF/X-1a:2003\"",
              "test.pdf: error: pdfx: Trapped in Info is Unknown, expected True or False");
    }
  }

  @Test
  void javaScriptAnywhereIsAnError() throws IOException {
    try (TestPdf pdf = TestPdf.clean()) {
      PDActionJavaScript script = new PDActionJavaScript("app.alert('hej');");
      pdf.document.getDocumentCatalog().setOpenAction(script);
      PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
      scripts.setNames(Map.of("hej", script));
      PDDocumentNameDictionary names =
          new PDDocumentNameDictionary(pdf.document.getDocumentCatalog());
      names.setJavascript(scripts);
      pdf.document.getDocumentCatalog().setNames(names);
      PDAnnotationLink link = new PDAnnotationLink();
      link.setAction(script);
      link.setRectangle(new PDRectangle(100, 100, 50, 20));
      pdf.page(0).getAnnotations().add(link);
      assertThat(pdf.check(X4_A4))
          .contains(
              "test.pdf: error: pdfx: JavaScript in the document's name tree",
              "test.pdf: error: pdfx: JavaScript in the document's open action",
              "test.pdf: page 1: error: pdfx: JavaScript action in an annotation");
    }
  }

  @Test
  void encryptionIsAnErrorAndAPasswordStopsTheCheck() throws IOException {
    try (TestPdf open = TestPdf.clean();
        TestPdf locked = TestPdf.clean()) {
      open.document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      assertThat(open.check(X4_A4)).contains("test.pdf: error: pdfx: document is encrypted");
      locked.document.protect(
          new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
      assertThat(locked.check(X4_A4))
          .containsExactly(
              "test.pdf: error: pdf: is protected by a password and cannot be checked");
    }
  }
}
