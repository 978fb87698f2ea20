package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.Views.ImageBox;
import dk.skoletjenesten.katalog.catalogue.Views.StickerArea;
import dk.skoletjenesten.katalog.draw.SpineTitle;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import dk.skoletjenesten.katalog.testing.BlankPdfs;
import dk.skoletjenesten.katalog.testing.TestFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontViewsTest {
  @Test
  void theStickerAreaIsTheLargestOrderedStickerWithFiveMillimetresAround() {
    Registry sample = RegistryReader.read(Path.of("sample-data")).registry().orElseThrow();
    // Hjørring orders a 60 mm circle, Struer a 90 x 50 mm rectangle: 90 x 60 and the margin.
    assertThat(StickerArea.forOrders(sample.stickerOrders(), 176, 89))
        .isEqualTo(new StickerArea(100, 70));
    assertThat(StickerArea.forOrders(sample.stickerOrders(), 80, 60))
        .isEqualTo(new StickerArea(80, 60));
  }

  @Test
  void theSpineNamesThePublisherOnlyWhenTheTitleDoesNot() {
    assertThat(
            SpineTitle.text(
                "Skoletjenesten", "310 steder at tage hen med skoletjenesten.dk", "2018/19"))
        .isEqualTo("310 steder at tage hen med skoletjenesten.dk   2018/19");
    assertThat(SpineTitle.text("Skoletjenesten", "Steder at tage hen", "2018/19"))
        .isEqualTo("Skoletjenesten   Steder at tage hen   2018/19");
  }

  @Test
  void theSamplesSpineCarriesItsTitleOnce() throws IOException {
    var edition = RegistryReader.read(Path.of("sample-data")).registry().orElseThrow().edition();
    String line =
        SpineTitle.text(edition.publisher().name(), edition.title(), edition.schoolYear());
    byte[] spread = BlankPdfs.blankPages(2 * 210 + 9 + 6, 303, 1);
    byte[] pdf = new SpineTitle(line, 9, 3 + 210 + 4.5, 3 + 148.5).drawOn(spread, Path.of("fonts"));
    String spine;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // rotated text comes out in pieces of lines
      spine =
          new PDFTextStripper().getText(document).replaceAll("\\R", "").toLowerCase(Locale.ROOT);
    }
    assertThat(spine).contains("310 steder at tage hen med skoletjenesten.dk");
    assertThat(spine.split("skoletjenesten", -1)).as(spine).hasSize(2);
    assertThat(spine.split("2018/19", -1)).as(spine).hasSize(2);
  }

  @Test
  void aCroppedPhotoCoversItsFrameAndShowsItsMiddle() {
    // 2000 x 1180 px in a 176 mm frame: 103.8 mm high at its width.
    double aspect = 2000 / 1180.0;
    ImageBox lower = ImageBox.cover(176, 80, aspect);
    assertThat(lower.imageWidthMm()).isEqualTo(176);
    assertThat(lower.offsetYMm()).isEqualTo(-11.9);
    ImageBox taller = ImageBox.cover(176, 130, aspect);
    assertThat(taller.imageHeightMm()).isEqualTo(130);
    assertThat(taller.imageWidthMm()).isEqualTo(220.3);
    assertThat(taller.offsetXMm()).isEqualTo(-22.2);
  }

  @Test
  void withoutTheOptionalFactsTheColophonAndBackPrintNoEmptyLines(@TempDir Path dir)
      throws IOException {
    Path data = TestFolders.copy(CatalogueBuilderTest.FIXTURE, dir.resolve("data"));
    Path edition = data.resolve("edition.json");
    String json = Files.readString(edition);
    Files.writeString(
        edition,
        json.substring(0, json.indexOf(",\n  \"colophon\""))
                .replace(",\n    \"phone\": \"12 34 56 78\"", "")
            + "\n}\n");
    Registry registry = RegistryReader.read(data).registry().orElseThrow();
    String xhtml =
        new TemplateRenderer(Path.of("layouts"))
            .render(
                "catalogue/catalogue",
                new CatalogueModeller(registry, new IndexFonts(Path.of("fonts")))
                    .model()
                    .variables());
    assertThat(xhtml)
        .contains("<th>Oplag</th>")
        .doesNotContain("<th>Tryk</th>")
        .doesNotContain("<th>Papir</th>")
        .doesNotContain("ISSN")
        .doesNotContain("finansieres");
    String contact = xhtml.substring(xhtml.indexOf("<th>Kontakt</th>"));
    assertThat(contact.substring(0, contact.indexOf("</tr>"))).doesNotContain("Tlf.");
  }
}
