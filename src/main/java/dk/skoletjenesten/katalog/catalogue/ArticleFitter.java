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
 * is laid out alone ({@code catalogue/article-probe}), its last page measured, and the frame made
 * as tall as it can be while the text keeps its page count (the last page then runs to its foot),
 * or, when the last page holds only a few lines, as tall as it can be with one page fewer. The
 * search halves the range of heights; the page count never falls as the photo grows. The photo may
 * be cropped down to {@value #MIN_IMAGE_MM} mm and enlarged to {@value #MAX_GROWTH} times its
 * width's height (the resolution stays above 200 ppi for a 2000 px photo).
 */
final class ArticleFitter {
  static final double MIN_IMAGE_MM = 55;
  static final double MAX_GROWTH = 1.35;

  /** A last page whose text ends this close to the foot is full (about two lines). */
  static final double FULL_WITHIN_MM = 10;

  /** The photo takes at most this share of the text area's height. */
  static final double MAX_SHARE_OF_AREA = 0.55;

  private static final double SLACK_MM = 2;
  private static final int BISECTIONS = 5;

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
    Probe probe = new Probe(model, article, aspect(imagesDir.resolve(image.name())));
    double natural = probe.width / probe.aspect;
    double min = Math.min(natural, MIN_IMAGE_MM);
    double max = Math.max(min, Math.min(natural * MAX_GROWTH, probe.area * MAX_SHARE_OF_AREA));
    double start = Math.min(natural, max);
    TextDepth first = probe.at(start);
    if (probe.free(first) <= FULL_WITHIN_MM) {
      return probe.article(start);
    }
    // A last page with a few lines loses them (a smaller photo); a fuller one is filled (a larger).
    boolean shrink = first.lastPageDepthMm() + 2 * SLACK_MM <= start - min;
    int pages = shrink ? first.pages() - 1 : first.pages();
    double fits = shrink ? min : start;
    double overflows = shrink ? start : max + 1;
    if (!shrink && probe.at(max).pages() <= pages) {
      return probe.article(max);
    }
    for (int step = 0; step < BISECTIONS && overflows - fits > 1; step++) {
      double middle = (fits + overflows) / 2;
      if (probe.at(middle).pages() <= pages) {
        fits = middle;
      } else {
        overflows = middle;
      }
    }
    return probe.article(Math.floor(fits));
  }

  /** One article laid out alone with its photo at a height, measured. */
  private final class Probe {
    private final CatalogueModel model;
    private final ArticlePart article;
    private final double aspect;
    private final double width;
    private final double area;

    Probe(CatalogueModel model, ArticlePart article, double aspect) {
      PageGeometry geometry = model.geometry();
      PageFrame frame = PageFrame.CATALOGUE;
      this.model = model;
      this.article = article;
      this.aspect = aspect;
      this.width = geometry.trimWidthMm() - frame.innerMm() - frame.outerMm();
      this.area = geometry.trimHeightMm() - frame.topMm() - frame.bottomMm();
    }

    ArticlePart article(double heightMm) {
      return article.withImageBox(ImageBox.cover(width, heightMm, aspect));
    }

    TextDepth at(double heightMm) {
      return measure(model, article(heightMm));
    }

    double free(TextDepth depth) {
      return area - depth.lastPageDepthMm();
    }
  }

  /** The article laid out alone: its pages, and how deep its text reaches on the last one. */
  TextDepth measure(CatalogueModel model, ArticlePart article) {
    PageGeometry geometry = model.geometry();
    PageFrame frame = PageFrame.CATALOGUE;
    Map<String, Object> vars = new HashMap<>(model.variables());
    vars.put("article", article);
    String xhtml = templates.render(CatalogueBuilder.LAYOUT + "/article-probe", vars);
    byte[] pdf = renderer.render(PdfJob.of(xhtml, base, geometry.boxes())).bytes();
    double top = geometry.bleedMm() + frame.topMm();
    return TextDepth.of(pdf, top, top + geometry.trimHeightMm() - frame.topMm() - frame.bottomMm());
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
