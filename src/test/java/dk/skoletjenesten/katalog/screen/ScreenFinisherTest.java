package dk.skoletjenesten.katalog.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.testing.BlankPdfs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/**
 * The screen finishing on a small rendered-like PDF: one A5 page with 3 mm bleed, CMYK set with
 * {@code k}, with {@code cs}/{@code sc} and in a form's {@code K}, a 600 px CMYK image drawn 20 mm
 * wide, an https: and an http: link, an output intent.
 */
class ScreenFinisherTest {
  private static final ScreenSpec SPEC =
      new ScreenSpec(
          148,
          210,
          3,
          "Indstik: Aabenraa",
          ScreenSpec.DANISH,
          Instant.parse("2018-08-13T12:00:00Z"),
          "Skoletjenesten",
          "katalog",
          "katalog (test)");

  @Test
  void pagesAreCroppedToTheTrimWithoutPrintBoxes() throws IOException {
    try (PDDocument screen = Loader.loadPDF(finish())) {
      PDPage page = screen.getPage(0);
      float bleed = Units.mmToPt(3);
      assertThat(page.getMediaBox().toString())
          .isEqualTo(
              new PDRectangle(bleed, bleed, Units.mmToPt(148), Units.mmToPt(210)).toString());
      assertThat(page.getCOSObject().containsKey(COSName.BLEED_BOX)).isFalse();
      assertThat(page.getCOSObject().containsKey(COSName.TRIM_BOX)).isFalse();
    }
  }

  @Test
  void everyCmykColourBecomesRgbAndBlackInkStaysPureBlack() throws IOException {
    try (PDDocument screen = Loader.loadPDF(finish())) {
      PDPage page = screen.getPage(0);
      List<String> operations = operations(new PDFStreamParser(page).parse());
      PDFormXObject form =
          (PDFormXObject) page.getResources().getXObject(COSName.getPDFName("Fm1"));
      List<String> inForm = operations(new PDFStreamParser(form).parse());

      assertThat(operations)
          .doesNotContain("k", "K")
          .contains("/DeviceRGB cs", "0 0 0 rg", "0.5 0.5 0.5 rg");
      assertThat(operations.stream().filter(o -> o.endsWith(" sc")).toList())
          .singleElement()
          .satisfies(sc -> assertThat(sc.split(" ")).hasSize(4));
      assertThat(inForm).doesNotContain("K").anyMatch(o -> o.endsWith(" RG"));
    }
  }

  @Test
  void cmykImagesBecomeRgbJpegsAt150PpiOfTheirDrawnSize() throws IOException {
    try (PDDocument screen = Loader.loadPDF(finish())) {
      PDImageXObject image =
          (PDImageXObject) screen.getPage(0).getResources().getXObject(COSName.getPDFName("Im1"));
      assertThat(image.getColorSpace()).isInstanceOf(PDDeviceRGB.class);
      assertThat(image.getSuffix()).isEqualTo("jpg");
      // drawn 20 mm wide: 20 / 25.4 x 150 = 118 px
      assertThat(image.getWidth()).isEqualTo(118);
      assertThat(image.getHeight()).isEqualTo(118);
    }
  }

  @Test
  void httpsLinksStayOtherLinksGoAndTheDocumentHasTitleLanguageAndNoOutputIntent()
      throws IOException {
    try (PDDocument screen = Loader.loadPDF(finish())) {
      List<String> uris = new ArrayList<>();
      for (PDAnnotation annotation : screen.getPage(0).getAnnotations()) {
        uris.add(((PDActionURI) ((PDAnnotationLink) annotation).getAction()).getURI());
      }
      assertThat(uris).containsExactly("https://skoletjenesten.dk");
      assertThat(screen.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
      assertThat(screen.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(screen.getDocumentCatalog().getOutputIntents()).isEmpty();
      assertThat(screen.getDocumentCatalog().getMetadata()).isNull();
      assertThat(screen.getDocumentInformation().getTitle()).isEqualTo("Indstik: Aabenraa");
      assertThat(screen.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(Instant.parse("2018-08-13T12:00:00Z"));
      assertThat(screen.getDocument().getTrailer().getCOSArray(COSName.ID)).isNotNull();
    }
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    assertThat(finish()).isEqualTo(finish());
  }

  @Test
  void aPageOfTheWrongSizeIsRefusedWithItsNumberAndSizes() {
    assertThatThrownBy(() -> new ScreenFinisher().finish(BlankPdfs.blankPages(216, 303, 1), SPEC))
        .isInstanceOf(ScreenFinishingException.class)
        .hasMessage("page 1 is 216.0 x 303.0 mm, expected trim + bleed 154.0 x 216.0 mm");
  }

  private static byte[] finish() throws IOException {
    return new ScreenFinisher().finish(rendered(), SPEC);
  }

  /** The token stream as one string per operator with its operands, e.g. {@code 0 0 0 rg}. */
  private static List<String> operations(List<Object> tokens) {
    List<String> operations = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Object token : tokens) {
      if (token instanceof Operator operator) {
        operations.add(current.append(operator.getName()).toString());
        current.setLength(0);
      } else {
        current.append(text((COSBase) token)).append(' ');
      }
    }
    return operations;
  }

  private static String text(COSBase operand) {
    if (operand instanceof COSName name) {
      return "/" + name.getName();
    }
    if (operand instanceof COSNumber number) {
      float value = number.floatValue();
      return value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value);
    }
    return operand.toString();
  }

  private static byte[] rendered() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = BlankPdfs.printPage(148, 210, 3);
      page.getCOSObject().removeItem(COSName.TRIM_BOX);
      document.addPage(page);
      PDResources resources = new PDResources();
      page.setResources(resources);
      PDFormXObject form = new PDFormXObject(document);
      form.setBBox(new PDRectangle(100, 100));
      try (OutputStream out = form.getContentStream().createOutputStream()) {
        out.write("0 1 0 0 K 1 w 0 0 m 50 50 l S".getBytes(StandardCharsets.US_ASCII));
      }
      resources.put(COSName.getPDFName("Fm1"), form);
      resources.put(COSName.getPDFName("Im1"), cmykImage(document));
      float drawn = Units.mmToPt(20);
      String content =
          "0 0 0 1 k 20 20 50 50 re f 0 0 0 0.5 k 80 20 20 20 re f"
              + " /DeviceCMYK cs 0.5 0 1 0 sc 20 80 50 50 re f q /Fm1 Do Q"
              + " q "
              + drawn
              + " 0 0 "
              + drawn
              + " 100 200 cm /Im1 Do Q";
      page.setContents(
          new PDStream(
              document, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
      page.setAnnotations(List.of(link("https://skoletjenesten.dk"), link("http://sted.dk")));
      COSDictionary intent = new COSDictionary();
      intent.setName(COSName.S, "GTS_PDFX");
      intent.setString(COSName.OUTPUT_CONDITION_IDENTIFIER, "FOGRA39");
      document
          .getDocumentCatalog()
          .getCOSObject()
          .setItem(COSName.OUTPUT_INTENTS, new COSArray(List.of(intent)));
      return BlankPdfs.bytes(document);
    }
  }

  private static PDImageXObject cmykImage(PDDocument document) throws IOException {
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(encoded)) {
      for (int i = 0; i < 600 * 600; i++) {
        out.write(new byte[] {(byte) 200, 40, 0, 10});
      }
    }
    return new PDImageXObject(
        document,
        new ByteArrayInputStream(encoded.toByteArray()),
        COSName.FLATE_DECODE,
        600,
        600,
        8,
        PDDeviceCMYK.INSTANCE);
  }

  private static PDAnnotationLink link(String uri) {
    PDActionURI action = new PDActionURI();
    action.setURI(uri);
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(30, 30, 80, 10));
    link.setAction(action);
    return link;
  }
}
