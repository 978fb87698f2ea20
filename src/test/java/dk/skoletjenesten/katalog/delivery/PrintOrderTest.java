package dk.skoletjenesten.katalog.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrintOrderTest {
  private static final Path GOLDEN = Path.of("src/test/resources/delivery/print-order.json");

  private static PrintOrder order;
  private static byte[] pdf;

  @BeforeAll
  static void orderTheSample() {
    order =
        PrintOrder.of(
            SampleBundle.registry(),
            SampleBundle.files(),
            SampleBundle.LAYOUTS,
            SampleBundle.FONTS);
    pdf = order.pdf();
  }

  @Test
  void jsonIsTheGoldenFile() throws IOException {
    GoldenFiles.assertMatches(GOLDEN, new String(order.json(), StandardCharsets.UTF_8));
  }

  @Test
  void totalsCountEveryProductsFilesPagesAndCopies() {
    assertThat(order.totals())
        .extracting(t -> t.product().key() + " " + t.files() + " " + t.pages() + " " + t.copies())
        .containsExactly(
            "catalogue 1 192 17500",
            "catalogue-cover 1 1 17500",
            "insert 3 48 1698",
            "sticker 3 3 1513",
            "sticker-sheet 3 3 61",
            "annual-report 1 20 600");
  }

  @Test
  void pdfIsAtMostTwoA4PagesWithEveryFontEmbedded() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isBetween(1, 2);
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
      assertThat(fonts).contains("Lato-Regular", "Lato-Bold", "Lato-Black");
    }
  }

  @Test
  void pdfSaysWhatToPrintAndWhereItGoes() throws IOException {
    String text = text();

    assertThat(text)
        .contains("Trykordre")
        .contains("13. august 2018")
        .contains("Skoletjenesten Gyldenløvesgade 15, 5. sal, 1600 København V")
        .contains("catalogue.pdf A4 192 4/4 3 mm 17.500 stk. –")
        .contains("catalogue-cover.pdf 429,6 × 297 mm 1 4/0 3 mm 17.500 stk. Ryg 9,6 mm")
        .contains(
            "inserts/607-fredericia.pdf A5 16 4/4 3 mm 300 stk. Lægges løst i katalogerne til")
        .contains(
            "stickers/860-hjoerring.pdf 60 × 60 mm 1 4/0 + CutContour 2 mm 1.100 stk. Stanses")
        .contains("stickers/860-hjoerring-sheet.pdf 320 × 450 mm 1 4/0 + CutContour 0 mm 46 ark")
        .contains("Papir Indmad 100 g/m² silk, omslag 250 g/m² silk; tykkelse 0,1 mm · Indbinding")
        .contains("17.500 kataloger med omslag pakkes og sendes til 800 skoler i 70 kommuner")
        .contains("Fredericia Kommune inserts/607-fredericia.pdf 12 222 78 Pædagogisk Center")
        .contains("Hjørring Kommune stickers/860-hjoerring.pdf 16 408 692 Hjørring Kommune")
        .contains("600 stk. af annual-report.pdf leveres samlet til Skoletjenesten")
        .contains("Klistermærkeark 3 3 61 ark");
  }

  @Test
  void pdfIsDatedByTheEditionWithAnIdFromTheOrder() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Calendar created = document.getDocumentInformation().getCreationDate();
      created.setTimeZone(TimeZone.getTimeZone("UTC"));
      assertThat(String.format("%tF %<tT", created)).isEqualTo("2018-08-13 00:00:00");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Trykordre: 310 steder at tage hen med skoletjenesten.dk 2018/19");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
      COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
      byte[] expected = Arrays.copyOf(sha256(order.json()), 16);
      assertThat(((COSString) id.getObject(0)).getBytes()).isEqualTo(expected);
      assertThat(((COSString) id.getObject(1)).getBytes()).isEqualTo(expected);
    }
  }

  @Test
  void pdfIsTheSameBytesEveryTime() {
    assertThat(order.pdf()).isEqualTo(pdf);
  }

  /** The text of the PDF, every run of white space (line ends too) one space. */
  private static String text() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static Offset<Float> within() {
    return Offset.offset(0.5f);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
