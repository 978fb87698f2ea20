package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.Views.StickerArea;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front of the fixture catalogue and its cover spread, read back with PDFBox: the title page,
 * the colophon, the back cover, the sticker area and the spine.
 */
class CatalogueFrontTest {
  private static final double TRIM_W = 210;
  private static final double TRIM_H = 297;
  private static final double BLEED = 3;
  private static final double DPI = 150;

  private static Registry registry;
  private static CoverGeometry geometry;
  private static StickerArea stickerArea;
  private static PDDocument interior;
  private static PDDocument cover;

  @BeforeAll
  static void build() throws IOException {
    registry = RegistryReader.read(CatalogueBuilderTest.FIXTURE).registry().orElseThrow();
    Catalogue catalogue =
        new CatalogueBuilder(Path.of("layouts"), Path.of("fonts")).build(registry);
    interior = Loader.loadPDF(catalogue.interiorPdf());
    cover = Loader.loadPDF(catalogue.coverPdf().orElseThrow());
    geometry = new CoverGeometry(TRIM_W, TRIM_H, BLEED, catalogue.spineWidthMm());
    stickerArea =
        new CatalogueModeller(registry, new IndexFonts(Path.of("fonts")))
            .model()
            .front()
            .stickerArea();
  }

  @AfterAll
  static void close() throws IOException {
    interior.close();
    cover.close();
  }

  @Test
  void theTitlePageIsNotACopyOfTheCoverFront() throws IOException {
    String titlePage = words(page(interior, 1)).toLowerCase(Locale.ROOT);
    String front =
        words(coverRegion(geometry.spineCentreXMm() + 2, 0, TRIM_W + BLEED, TRIM_H + 6))
            .toLowerCase(Locale.ROOT);
    assertThat(titlePage).contains("årskatalog", "steder", "undervisningstilbud");
    assertThat(front).contains("310 steder at tage hen", "skoletjenesten");
    assertThat(titlePage).isNotEqualTo(front);
    assertThat(colourAt(interior, 1, 10, 10)).as("the title page is white").isEqualTo(0xFFFFFF);
  }

  @Test
  void theColophonNamesThePrinterPaperCopiesFundersAndIssn() throws IOException {
    assertThat(words(page(interior, 2)))
        .contains("KOLOFON")
        .contains("Prøvetryk ApS, Testby")
        .contains("Indmad 100 g/m² silk")
        .contains("eksemplarer")
        .contains("ISSN 2049-3630")
        .contains("Skoletjenesten finansieres af")
        .contains("Undervisningsministeriet, Københavns Kommune og Frederiksberg Kommune");
  }

  @Test
  void theBackCoverPromotesThePortalAndNamesFundersContactAndIssn() throws IOException {
    String back = words(coverRegion(0, 0, BLEED + TRIM_W, TRIM_H + 6));
    assertThat(back)
        .contains("skoletjenesten.dk")
        .contains("Scan koden")
        .contains("Skoletjenesten finansieres af")
        .contains("Undervisningsministeriet, Københavns Kommune og Frederiksberg Kommune")
        .contains("Gyldenløvesgade 15, 5. sal, 1600 København V")
        .contains("skoletj@skoletjenesten.dk")
        .contains("12 34 56 78")
        .contains("ISSN 2049-3630");
  }

  @Test
  void theStickerAreaOnTheFrontHoldsNoTextAndNoInk() throws IOException {
    // The fixture orders no sticker: the default area, bottom right of the front panel.
    assertThat(stickerArea).isEqualTo(StickerArea.DEFAULT);
    double right = geometry.trimWidthMm() + 2 * BLEED - (BLEED + 17);
    double bottom = TRIM_H + 2 * BLEED - (BLEED + 20);
    Rectangle2D.Double area =
        new Rectangle2D.Double(
            right - stickerArea.widthMm(),
            bottom - stickerArea.heightMm(),
            stickerArea.widthMm(),
            stickerArea.heightMm());
    assertThat(glyphsIn(cover, area)).as("text in the sticker area").isEmpty();
    BufferedImage image = new PDFRenderer(cover).renderImageWithDPI(0, (float) DPI);
    int background = image.getRGB(px(area.x + 1), px(area.y + 1));
    List<String> inked = new ArrayList<>();
    for (double x = area.x; x <= area.getMaxX(); x += 1) {
      for (double y = area.y; y <= area.getMaxY(); y += 1) {
        if (image.getRGB(px(x), px(y)) != background) {
          inked.add(String.format("%.0f,%.0f mm", x, y));
        }
      }
    }
    assertThat(inked).as("printed points in the sticker area").isEmpty();
  }

  @Test
  void theSpineColourRunsPastBothFoldsOntoTheCovers() throws IOException {
    BufferedImage image = new PDFRenderer(cover).renderImageWithDPI(0, (float) DPI);
    double y = BLEED + TRIM_H / 2 + 30; // below the spine's title
    double backFold = BLEED + TRIM_W;
    double frontFold = backFold + geometry.spineMm();
    int spine = image.getRGB(px(geometry.spineCentreXMm()), px(y));
    assertThat(image.getRGB(px(backFold - 1.2), px(y))).as("1.2 mm onto the back").isEqualTo(spine);
    assertThat(image.getRGB(px(frontFold + 1.2), px(y)))
        .as("1.2 mm onto the front")
        .isEqualTo(spine);
    assertThat(image.getRGB(px(backFold - 3), px(y))).as("3 mm onto the back").isNotEqualTo(spine);
    assertThat(image.getRGB(px(frontFold + 3), px(y)))
        .as("3 mm onto the front")
        .isNotEqualTo(spine);
  }

  private static int px(double mm) {
    return (int) Math.round(mm / Units.MM_PER_INCH * DPI);
  }

  private static int colourAt(PDDocument document, int page, double xMm, double yMm)
      throws IOException {
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 36);
    return image.getRGB((int) (xMm / Units.MM_PER_INCH * 36), (int) (yMm / Units.MM_PER_INCH * 36))
        & 0xFFFFFF;
  }

  private static String page(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  /**
   * The cover's text whose glyphs start inside a rectangle in millimetres from the page's top left
   * corner, in the order it is drawn (rotated text too).
   */
  private static String coverRegion(double xMm, double yMm, double wMm, double hMm)
      throws IOException {
    Rectangle2D.Double area = new Rectangle2D.Double(xMm, yMm, wMm, hMm);
    StringBuilder text = new StringBuilder();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String string, List<TextPosition> glyphs) {
            for (TextPosition g : glyphs) {
              double x = Units.ptToMm(g.getX());
              double y = Units.ptToMm(g.getY());
              if (area.contains(x, y)) {
                text.append(g.getUnicode());
              }
            }
            text.append(' ');
          }
        };
    stripper.getText(cover);
    return text.toString();
  }

  /** The glyphs whose origin lies in {@code areaMm} (from the top left corner). */
  private static List<String> glyphsIn(PDDocument document, Rectangle2D.Double areaMm)
      throws IOException {
    List<String> found = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> glyphs) {
            for (TextPosition g : glyphs) {
              double x = Units.ptToMm(g.getX());
              double y = Units.ptToMm(g.getY());
              if (areaMm.contains(x, y)) {
                found.add(g.getUnicode());
              }
            }
          }
        };
    stripper.getText(document);
    return found;
  }

  private static String words(String text) {
    return text.replaceAll("[\\s&&[^\u00A0]]+", " ").strip();
  }
}
