package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.ArticlePart;
import dk.skoletjenesten.katalog.catalogue.Views.ImageBox;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.pdf.PdfJob;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.pdf.TextDepth;
import dk.skoletjenesten.katalog.template.PageGeometry;
import dk.skoletjenesten.katalog.template.TemplateRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes every article end on a full page: a designer never leaves a few lines alone on a page. The
 * lever is the height of the opening photo, cropped to a frame the width of the text: each article
 * is laid out alone ({@code catalogue/article-probe}), its last page measured, and the frame grown
 * until the text reaches the foot of that page, or shrunk until the last few lines move back and
 * the page goes. The photo may be cropped down to {@value #MIN_IMAGE_MM} mm and enlarged to {@value
 * #MAX_GROWTH} times its width's height (the resolution stays above 200 ppi for a 2000 px photo).
 */
final class ArticleFitter {
  static final double MIN_IMAGE_MM = 55;
  static final double MAX_GROWTH = 1.35;

  /** A last page whose text ends this close to the foot is full (about two lines). */
  static final double FULL_WITHIN_MM = 10;

  private static final double SLACK_MM = 2;
  private static final int MAX_PROBES = 4;

  private final TemplateRenderer templates;
  private final PdfRenderer renderer;
  private final Path base;
  private final Path imagesDir;

  ArticleFitter(TemplateRenderer templates, PdfRenderer renderer, Path base, Path imagesDir) {
    this.templates = templates;
    this.renderer = renderer;
    this.base = base;
    this.imagesDir = imagesDir;
  }

  /** The model with each article's photo cropped so that its text fills its last page. */
  CatalogueModel fit(CatalogueModel model) {
    List<ArticlePart> fitted = model.articles().stream().map(a -> fit(model, a)).toList();
    return new CatalogueModel(
        model.front(), model.geometry(), fitted, model.sections(), model.indexes());
  }

  private ArticlePart fit(CatalogueModel model, ArticlePart article) {
    if (!(article.image() instanceof Artwork.Image image)) {
      return article;
    }
    PageGeometry geometry = model.geometry();
    PageFrame frame = PageFrame.CATALOGUE;
    double width = geometry.trimWidthMm() - frame.innerMm() - frame.outerMm();
    double area = geometry.trimHeightMm() - frame.topMm() - frame.bottomMm();
    double aspect = aspect(imagesDir.resolve(image.name()));
    double natural = width / aspect;
    double min = Math.min(natural, MIN_IMAGE_MM);
    double max = Math.min(natural * MAX_GROWTH, area * 0.55);
    double height = Math.min(natural, max);
    ArticlePart best = null;
    double bestFree = Double.MAX_VALUE;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      ArticlePart candidate = article.withImageBox(ImageBox.cover(width, height, aspect));
      double used = probe(model, candidate, geometry, frame);
      double free = area - used;
      if (free < bestFree) {
        best = candidate;
        bestFree = free;
      }
      if (free <= FULL_WITHIN_MM) {
        break;
      }
      double shrunk = height - used - SLACK_MM * 2;
      double grown = Math.min(height + free - SLACK_MM, max);
      double next = shrunk >= min ? shrunk : grown;
      if (Math.abs(next - height) < 0.5) {
        break;
      }
      height = next;
    }
    return best;
  }

  /** How deep the article's text reaches on its last page, from the top of the text area. */
  private double probe(
      CatalogueModel model, ArticlePart article, PageGeometry geometry, PageFrame frame) {
    Map<String, Object> vars = new HashMap<>(model.variables());
    vars.put("article", article);
    String xhtml = templates.render(CatalogueBuilder.LAYOUT + "/article-probe", vars);
    byte[] pdf = renderer.render(PdfJob.of(xhtml, base, geometry.boxes())).bytes();
    double top = geometry.bleedMm() + frame.topMm();
    return TextDepth.of(pdf, top, top + geometry.trimHeightMm() - frame.topMm() - frame.bottomMm())
        .lastPageDepthMm();
  }

  /** Width over height of the picture in {@code file}, read from its header. */
  private static double aspect(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers =
          in == null ? List.<ImageReader>of().iterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IllegalStateException("cannot read the size of the image " + file);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return (double) reader.getWidth(0) / reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of the image " + file, e);
    }
  }
}
