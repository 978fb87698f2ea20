package dk.skoletjenesten.katalog.proof;

import static dk.skoletjenesten.katalog.proof.ProofPdfs.FONTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Sha256;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.proof.ProofPdfs.Page;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ProofsTest {
  private static final LocalDate REVISION = LocalDate.of(2018, 8, 1);

  @Test
  void everyPageIsAPngOfItsTrimAtSixtyDpiNamedSoTheySort() throws IOException {
    BundleFile catalogue = textCatalogue(5);

    ProofSet proofs = Proofs.of(List.of(catalogue), REVISION, FONTS);

    assertThat(proofs.files().keySet())
        .filteredOn(path -> path.matches("proofs/catalogue/p\\d+\\.png"))
        .containsExactly(
            "proofs/catalogue/p001.png",
            "proofs/catalogue/p002.png",
            "proofs/catalogue/p003.png",
            "proofs/catalogue/p004.png",
            "proofs/catalogue/p005.png");
    for (int p = 1; p <= 5; p++) {
      BufferedImage png = png(proofs, "proofs/catalogue/p00" + p + ".png");
      // 210 x 297 mm at 60 dpi = 496.06 x 701.57 px; PDFBox floors.
      assertThat(new int[] {png.getWidth(), png.getHeight()}).containsExactly(496, 701);
      assertThat(png.getColorModel().hasAlpha()).isFalse();
    }
  }

  @Test
  void anA5InsertIsProofedAtItsOwnTrim() throws IOException {
    byte[] pdf = ProofPdfs.pdf(148, 210, List.of(Page.coloured(Color.WHITE)));
    BundleFile insert =
        ProofPdfs.file("inserts/580-aabenraa.pdf", Product.INSERT, pdf, 1, 148, 210);

    ProofSet proofs = Proofs.of(List.of(insert), REVISION, FONTS);

    BufferedImage png = png(proofs, "proofs/inserts/580-aabenraa/p001.png");
    assertThat(new int[] {png.getWidth(), png.getHeight()}).containsExactly(349, 496);
  }

  @Test
  void theProofIsCroppedToTheTrimSoAColouredBleedNeverShows() throws IOException {
    Page redBleed = new Page(Color.RED, Color.WHITE, "", 20, null);
    byte[] pdf = ProofPdfs.pdf(210, 297, List.of(redBleed));
    BundleFile file = ProofPdfs.file("annual-report.pdf", Product.ANNUAL_REPORT, pdf, 1);

    BufferedImage png =
        png(Proofs.of(List.of(file), REVISION, FONTS), "proofs/annual-report/p001.png");

    List<String> notWhite = new ArrayList<>();
    for (int y = 0; y < png.getHeight(); y++) {
      for (int x = 0; x < png.getWidth(); x++) {
        if ((png.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          notWhite.add(x + "," + y);
        }
      }
    }
    assertThat(notWhite).as("pixels of the red bleed").isEmpty();
  }

  @Test
  void aStickersPressSheetIsNotProofedAndItsStickerIs() {
    byte[] pdf = ProofPdfs.pdf(94, 54, List.of(Page.coloured(Color.ORANGE)));
    BundleFile sticker = ProofPdfs.file("stickers/671-struer.pdf", Product.STICKER, pdf, 1, 94, 54);
    BundleFile sheet =
        ProofPdfs.file("stickers/671-struer-sheet.pdf", Product.STICKER_SHEET, pdf, 1, 94, 54);

    ProofSet proofs = Proofs.of(List.of(sticker, sheet), REVISION, FONTS);

    assertThat(proofs.signatures().keySet()).containsExactly("stickers/671-struer.pdf");
    assertThat(proofs.files().keySet())
        .containsExactly(
            "proofs/stickers/671-struer/contact-sheet-01.png",
            "proofs/stickers/671-struer/contact-sheet.pdf",
            "proofs/stickers/671-struer/p001.png");
  }

  @Test
  void theCatalogueGetsReaderSpreadsFirstAndLastPageAlone() throws IOException {
    List<Color> colours = List.of(Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW);
    byte[] pdf = ProofPdfs.pdf(210, 297, colours.stream().map(Page::coloured).toList());
    BundleFile catalogue = ProofPdfs.file("catalogue.pdf", Product.CATALOGUE, pdf, 4);

    ProofSet proofs = Proofs.of(List.of(catalogue), REVISION, FONTS);

    assertThat(proofs.files().keySet())
        .filteredOn(path -> path.contains("/spreads/"))
        .containsExactly(
            "proofs/catalogue/spreads/s001.png",
            "proofs/catalogue/spreads/s002.png",
            "proofs/catalogue/spreads/s003.png");
    int none = SpreadImage.NO_PAGE.getRGB() & 0xFFFFFF;
    assertThat(halves(png(proofs, "proofs/catalogue/spreads/s001.png")))
        .containsExactly(none, 0xFF0000);
    assertThat(halves(png(proofs, "proofs/catalogue/spreads/s002.png")))
        .containsExactly(0x00FF00, 0x0000FF);
    assertThat(halves(png(proofs, "proofs/catalogue/spreads/s003.png")))
        .containsExactly(0xFFFF00, none);
    BufferedImage spread = png(proofs, "proofs/catalogue/spreads/s002.png");
    assertThat(new int[] {spread.getWidth(), spread.getHeight()}).containsExactly(992, 701);
  }

  @Test
  void onlyTheCatalogueGetsReaderSpreads() {
    ProofSet proofs = Proofs.of(List.of(textReport(4)), REVISION, FONTS);

    assertThat(proofs.files().keySet()).noneMatch(path -> path.contains("spreads"));
  }

  @Test
  void theRenderSignatureIsTheSha256OfTheProofsRgbPixels() throws Exception {
    ProofSet proofs = Proofs.of(List.of(textCatalogue(2)), REVISION, FONTS);

    for (int p = 1; p <= 2; p++) {
      BufferedImage png = png(proofs, "proofs/catalogue/p00" + p + ".png");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (int y = 0; y < png.getHeight(); y++) {
        for (int x = 0; x < png.getWidth(); x++) {
          int rgb = png.getRGB(x, y);
          sha256.update(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
        }
      }
      assertThat(proofs.signatures().get("catalogue.pdf").get(p - 1).render())
          .isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }
  }

  @Test
  void aPageThatOnlyMovedKeepsItsTextSignatureAndAChangedWordChangesIt() {
    byte[] pdf =
        ProofPdfs.pdf(
            210,
            297,
            List.of(
                Page.text("Museum Jelling: bronzealderens solkult", 20, "1"),
                Page.text("Museum Jelling: bronzealderens solkult", 30, "2"),
                Page.text("Museum Jellinge: bronzealderens solkult", 30, "3"),
                Page.text("Indhold 4", 20, "4")));
    BundleFile file = ProofPdfs.file("annual-report.pdf", Product.ANNUAL_REPORT, pdf, 4);

    List<PageSignature> pages =
        Proofs.of(List.of(file), REVISION, FONTS).signatures().get("annual-report.pdf");

    assertThat(pages.get(1).text()).isEqualTo(pages.get(0).text());
    assertThat(pages.get(1).render()).isNotEqualTo(pages.get(0).render());
    assertThat(pages.get(2).text()).isNotEqualTo(pages.get(1).text());
    assertThat(pages.get(0).text()).isEqualTo(Sha256.hex("Museum Jelling: bronzealderens solkult"));
    assertThat(pages.get(3).text())
        .as("its number in the body stays")
        .isEqualTo(Sha256.hex("Indhold 4"));
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    List<BundleFile> files = List.of(textCatalogue(5), textReport(4));

    ProofSet first = Proofs.of(files, REVISION, FONTS);
    ProofSet second = Proofs.of(files, REVISION, FONTS);

    assertThat(second.files().keySet()).containsExactlyElementsOf(first.files().keySet());
    for (Map.Entry<String, byte[]> file : first.files().entrySet()) {
      assertThat(second.files().get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
    }
    assertThat(second.signatures()).isEqualTo(first.signatures());
  }

  @Test
  void aFileWhosePageCountDisagreesWithItsPdfIsAFault() {
    BundleFile wrong =
        ProofPdfs.file("catalogue.pdf", Product.CATALOGUE, textCatalogue(2).content(), 3);

    assertThatThrownBy(() -> Proofs.of(List.of(wrong), REVISION, FONTS))
        .isInstanceOf(ProofException.class)
        .hasMessage("while rendering the proofs: catalogue.pdf says 3 pages, its PDF has 2");
  }

  /** The colour in the middle of the left and of the right half. */
  private static List<Integer> halves(BufferedImage image) {
    int y = image.getHeight() / 2;
    return List.of(
        image.getRGB(image.getWidth() / 4, y) & 0xFFFFFF,
        image.getRGB(3 * image.getWidth() / 4, y) & 0xFFFFFF);
  }

  static BundleFile textCatalogue(int pages) {
    return ProofPdfs.file("catalogue.pdf", Product.CATALOGUE, textPdf(pages), pages);
  }

  static BundleFile textReport(int pages) {
    return ProofPdfs.file("annual-report.pdf", Product.ANNUAL_REPORT, textPdf(pages), pages);
  }

  private static byte[] textPdf(int pages) {
    return ProofPdfs.pdf(
        210,
        297,
        IntStream.rangeClosed(1, pages)
            .mapToObj(p -> Page.text("Side " + p + " af kataloget", 20, String.valueOf(p)))
            .toList());
  }

  static BufferedImage png(ProofSet proofs, String path) throws IOException {
    assertThat(proofs.files()).containsKey(path);
    return ImageIO.read(new ByteArrayInputStream(proofs.files().get(path)));
  }
}
