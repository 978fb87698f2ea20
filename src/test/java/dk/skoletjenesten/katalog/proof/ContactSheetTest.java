package dk.skoletjenesten.katalog.proof;

import static dk.skoletjenesten.katalog.proof.ProofPdfs.FONTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.skoletjenesten.katalog.common.Units;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class ContactSheetTest {
  private static final LocalDate REVISION = LocalDate.of(2018, 8, 1);

  @Test
  void spreadsSitAsABookOpensPageOneAloneOnTheRightTheLastAloneOnTheLeft() throws IOException {
    ProofSet proofs = Proofs.of(List.of(ProofsTest.textReport(6)), REVISION, FONTS);

    try (PDDocument sheet = sheet(proofs, "annual-report")) {
      Map<String, float[]> numbers = numbersUnderPages(sheet);
      assertThat(numbers.keySet()).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6");
      // Four A4 spreads fit one A3 sheet best as 2 x 2: [-|1] [2|3] / [4|5] [6|-].
      assertThat(x(numbers, "1"))
          .as("1 in the right slot, where 5 is")
          .isEqualTo(x(numbers, "5"), within(0.1f));
      assertThat(x(numbers, "4")).isLessThan(x(numbers, "1"));
      assertThat(x(numbers, "6"))
          .as("6 in the left slot, where 2 is")
          .isEqualTo(x(numbers, "2"), within(0.1f));
      assertThat(x(numbers, "2")).isGreaterThan(x(numbers, "1"));
      assertThat(x(numbers, "3")).isGreaterThan(x(numbers, "2"));
      assertThat(List.of(y(numbers, "2"), y(numbers, "3")))
          .allMatch(y -> Math.abs(y - y(numbers, "1")) < 0.1f);
      assertThat(List.of(y(numbers, "5"), y(numbers, "6")))
          .allMatch(y -> Math.abs(y - y(numbers, "4")) < 0.1f);
      assertThat(y(numbers, "4")).as("the second row lower").isGreaterThan(y(numbers, "1"));
    }
  }

  @Test
  void aSinglePageFileIsOneTile() {
    List<ProofPage> one = List.of(page(1));
    List<ProofPage> five = List.of(page(1), page(2), page(3), page(4), page(5));

    assertThat(ContactSheet.tiles(one)).containsExactly(List.of(one.get(0)));
    assertThat(ContactSheet.tiles(five).stream().map(ContactSheetTest::numbers).toList())
        .containsExactly("-|1", "2|3", "4|5");
  }

  @Test
  void theSheetIsA3LandscapeWithTheProofsEmbeddedAtTheirResolutionAndLatoEmbedded()
      throws IOException {
    ProofSet proofs = Proofs.of(List.of(ProofsTest.textReport(6)), REVISION, FONTS);

    try (PDDocument sheet = sheet(proofs, "annual-report")) {
      assertThat(sheet.getNumberOfPages()).isEqualTo(1);
      PDPage page = sheet.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isCloseTo(Units.mmToPt(420), within(0.01f));
      assertThat(page.getMediaBox().getHeight()).isCloseTo(Units.mmToPt(297), within(0.01f));
      List<PDImageXObject> images = images(page.getResources());
      assertThat(images).hasSize(6);
      assertThat(images)
          .allMatch(image -> image.getWidth() == 496 && image.getHeight() == 701, "496 x 701 px");
      List<PDFont> fonts = fonts(page.getResources());
      assertThat(fonts)
          .extracting(PDFont::getName)
          .allMatch(name -> name.matches("[A-Z]{6}\\+Lato-(Bold|Regular)"));
      assertThat(fonts).allMatch(PDFont::isEmbedded);
      String text = new PDFTextStripper().getText(sheet);
      assertThat(text)
          .contains(
              "Prøve: annual-report.pdf",
              "annual-report.pdf · 6 sider · revision 2018-08-01 · ark 1 af 1");
      assertThat(sheet.getDocumentInformation().getCreationDate().toInstant())
          .hasToString("2018-08-01T00:00:00Z");
      assertThat(sheet.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
    }
  }

  @Test
  void eachSheetIsAlsoAPngAtOneHundredDpi() throws IOException {
    ProofSet proofs = Proofs.of(List.of(ProofsTest.textReport(6)), REVISION, FONTS);

    BufferedImage png = ProofsTest.png(proofs, "proofs/annual-report/contact-sheet-01.png");
    assertThat(new int[] {png.getWidth(), png.getHeight()}).containsExactly(1653, 1169);
    assertThat(proofs.files().keySet()).noneMatch(path -> path.endsWith("contact-sheet-02.png"));
  }

  private static PDDocument sheet(ProofSet proofs, String publication) throws IOException {
    return Loader.loadPDF(proofs.files().get("proofs/" + publication + "/contact-sheet.pdf"));
  }

  /** The numbers set below the header: text -> x centre, baseline from the top (points). */
  private static Map<String, float[]> numbersUnderPages(PDDocument sheet) throws IOException {
    Map<String, float[]> numbers = new TreeMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            if (text.matches("\\d+") && first.getYDirAdj() > Units.mmToPt(40)) {
              float centre = (first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
              numbers.put(text, new float[] {centre, first.getYDirAdj()});
            }
          }
        };
    stripper.getText(sheet);
    return numbers;
  }

  private static float x(Map<String, float[]> numbers, String number) {
    return numbers.get(number)[0];
  }

  private static float y(Map<String, float[]> numbers, String number) {
    return numbers.get(number)[1];
  }

  private static List<PDImageXObject> images(PDResources resources) throws IOException {
    List<PDImageXObject> images = new ArrayList<>();
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDImageXObject image) {
        images.add(image);
      }
    }
    return images;
  }

  private static List<PDFont> fonts(PDResources resources) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    fonts.sort(Comparator.comparing(PDFont::getName));
    return fonts;
  }

  private static ProofPage page(int number) {
    PageSignature signature = new PageSignature("0".repeat(64), "1".repeat(64));
    return new ProofPage(number, 496, 701, new byte[0], signature);
  }

  private static String numbers(List<ProofPage> tile) {
    return (tile.get(0) == null ? "-" : String.valueOf(tile.get(0).number()))
        + "|"
        + (tile.get(1) == null ? "-" : String.valueOf(tile.get(1).number()));
  }
}
