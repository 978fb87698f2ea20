package dk.skoletjenesten.katalog.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.catalogue.Views.ArticlePart;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.pdf.TextDepth;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample's articles: at their photos' natural height two of them leave a few lines alone. */
class ArticleFitterTest {
  @Test
  void everyArticleFillsItsLastPage() {
    Registry sample = RegistryReader.read(Path.of("sample-data")).registry().orElseThrow();
    Path layouts = Path.of("layouts");
    ArticleFitter fitter =
        new ArticleFitter(
            new TemplateRenderer(layouts),
            new PdfRenderer(layouts, Path.of("fonts"), sample.dataDir()),
            layouts.resolve(CatalogueBuilder.LAYOUT),
            sample.imagesDir());
    CatalogueModel model =
        fitter.fit(new CatalogueModeller(sample, new IndexFonts(Path.of("fonts"))).model());
    PageFrame frame = PageFrame.CATALOGUE;
    double area = model.geometry().trimHeightMm() - frame.topMm() - frame.bottomMm();
    assertThat(model.articles()).hasSize(3);
    for (ArticlePart article : model.articles()) {
      TextDepth depth = fitter.measure(model, article);
      assertThat(depth.lastPageDepthMm())
          .as(article.title() + " on its last page of " + depth.pages())
          .isGreaterThan(0.85 * area);
      assertThat(article.imageBox().heightMm())
          .isBetween(ArticleFitter.MIN_IMAGE_MM, area * ArticleFitter.MAX_SHARE_OF_AREA);
    }
  }
}
