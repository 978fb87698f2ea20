package dk.skoletjenesten.katalog.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.draw.ChartRenderer;
import dk.skoletjenesten.katalog.draw.ChartSpec;
import dk.skoletjenesten.katalog.format.Artwork;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.PageBox;

/**
 * XHTML to PDF with Flying Saucer. Reads only inside the layouts, fonts and data folders, embeds
 * the TrueType fonts of the fonts folder, hyphenates Danish text, and fails on every missing
 * resource and layout problem. Not thread-safe: use one renderer per thread.
 */
public final class PdfRenderer {
  private final Path fontsDir;
  private final List<Path> roots;
  private final Path imagesDir;
  private final Map<String, ChartSpec> charts;

  /**
   * A renderer that reads layouts from {@code layoutsDir}, fonts from {@code fontsDir}, images from
   * {@code dataDir}/images.
   */
  public PdfRenderer(Path layoutsDir, Path fontsDir, Path dataDir) {
    this(layoutsDir, fontsDir, dataDir, Map.of());
  }

  /**
   * A renderer that also draws {@code charts} (by id, for {@code Artwork.chart(id)}) as vector art
   * with {@link ChartRenderer}, in the fonts of {@code fontsDir}; the specs must pass {@link
   * ChartRenderer#check}.
   */
  public PdfRenderer(Path layoutsDir, Path fontsDir, Path dataDir, Map<String, ChartSpec> charts) {
    this.fontsDir = fontsDir;
    this.roots = List.of(layoutsDir, fontsDir, dataDir);
    this.imagesDir = dataDir.resolve("images");
    this.charts = Map.copyOf(charts);
  }

  /**
   * The {@code src} under which this renderer loads {@code artwork}: a vector QR code (100 K), a
   * data image ({@code images/NAME}) converted to CMYK, or one of its charts.
   */
  public static String source(Artwork artwork) {
    return StrictUserAgent.source(artwork);
  }

  /** The font family names that the TrueType files of {@code fontsDir} provide. */
  public static Set<String> fontFamilies(Path fontsDir) {
    Set<String> families = new TreeSet<>();
    for (Path font : fontFiles(fontsDir)) {
      families.addAll(ITextRendererFonts.familyNames(font));
    }
    return families;
  }

  public RenderedPdf render(PdfJob job) {
    StrictLog.begin();
    try {
      RenderedPdf pdf = renderOrFail(job);
      List<String> problems = StrictLog.end();
      if (!problems.isEmpty()) {
        throw new RenderException("rendering reported problems: " + String.join("; ", problems));
      }
      return pdf;
    } finally {
      StrictLog.end();
    }
  }

  private RenderedPdf renderOrFail(PdfJob job) {
    Map<String, byte[]> drawnCharts = new TreeMap<>();
    ITextRenderer renderer = newRenderer(job, drawnCharts);
    String base = job.baseDir().toUri().toString();
    renderer.setDocumentFromString(job.xhtml(), base);
    renderer.layout();
    String laidOut = revise(renderer, job, base);
    int pages = pageCount(renderer);
    Optional<String> continuation = job.continuation().apply(pages);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.createPDF(out, continuation.isEmpty());
      if (continuation.isPresent()) {
        renderer.setDocumentFromString(continuation.get(), base);
        renderer.layout();
        pages += pageCount(renderer);
        renderer.writeNextDocument(pages - pageCount(renderer) + 1);
        renderer.finishPDF();
      }
    } catch (DocumentException e) {
      throw new RenderException("cannot write the PDF: " + e.getMessage(), e);
    }
    RenderedXhtml xhtml = new RenderedXhtml(laidOut, continuation, job.baseDir(), drawnCharts);
    return new RenderedPdf(out.toByteArray(), pages, xhtml);
  }

  /**
   * Lays out the job's revisions until one stands, at most {@link PdfJob#MAX_LAYOUTS} layouts;
   * returns the XHTML of the layout that stands.
   */
  private static String revise(ITextRenderer renderer, PdfJob job, String base) {
    String laidOut = job.xhtml();
    for (int layouts = 1; ; layouts++) {
      Optional<String> revised = job.revision().revise(pageOfId(renderer));
      if (revised.isEmpty()) {
        return laidOut;
      }
      if (layouts == PdfJob.MAX_LAYOUTS) {
        throw new RenderException(
            "the layout does not settle: still revised after " + layouts + " layouts");
      }
      laidOut = revised.get();
      renderer.setDocumentFromString(laidOut, base);
      renderer.layout();
    }
  }

  /** The page (from 1) on which each element with an id starts. */
  private static Map<String, Integer> pageOfId(ITextRenderer renderer) {
    List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
    Map<String, Integer> result = new HashMap<>();
    renderer
        .getSharedContext()
        .getIdMap()
        .forEach((id, box) -> result.put(id, pageAt(pages, box.getAbsY())));
    return result;
  }

  private static int pageAt(List<PageBox> pages, int absY) {
    for (int i = 0; i < pages.size(); i++) {
      if (absY < pages.get(i).getBottom()) {
        return i + 1;
      }
    }
    return pages.size();
  }

  private static int pageCount(ITextRenderer renderer) {
    return renderer.getRootBox().getLayer().getPages().size();
  }

  /** A renderer for {@code job} that puts each chart it draws into {@code drawnCharts}, by id. */
  private ITextRenderer newRenderer(PdfJob job, Map<String, byte[]> drawnCharts) {
    ITextOutputDevice device = new ImageSafeOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
    StrictUserAgent agent =
        new StrictUserAgent(
            device,
            ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
            roots,
            imagesDir,
            id -> {
              Optional<byte[]> pdf = chart(id);
              pdf.ifPresent(bytes -> drawnCharts.put(id, bytes));
              return pdf;
            });
    ITextRenderer renderer =
        new ITextRenderer(
            ITextRenderer.DEFAULT_DOTS_PER_POINT,
            ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
            device,
            agent);
    renderer.getSharedContext().setLineBreakingStrategy(new DanishLineBreaking());
    addFonts(renderer);
    renderer.setListener(new BoxesListener(job.boxes()));
    return renderer;
  }

  private Optional<byte[]> chart(String id) {
    ChartSpec spec = charts.get(id);
    if (spec == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ChartRenderer(fontsDir).render(spec));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new RenderException("cannot draw the chart " + id + ": " + e.getMessage(), e);
    }
  }

  private void addFonts(ITextRenderer renderer) {
    for (Path font : fontFiles(fontsDir)) {
      try {
        renderer.getFontResolver().addFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (DocumentException | IOException e) {
        throw new RenderException("cannot load font " + font + ": " + e.getMessage(), e);
      }
    }
  }

  /** The TrueType files of {@code fontsDir}, sorted: the fonts every document can use. */
  public static List<Path> fontFiles(Path fontsDir) {
    try (Stream<Path> files = Files.list(fontsDir)) {
      return files
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list fonts in " + fontsDir, e);
    }
  }

  /** Sets TrimBox and BleedBox before the first page is written; they hold for every page. */
  private static final class BoxesListener extends DefaultPDFCreationListener {
    private final PageBoxes boxes;

    BoxesListener(PageBoxes boxes) {
      this.boxes = boxes;
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
      PdfWriter writer = renderer.getWriter();
      float bleed = Units.mmToPt(boxes.bleedMm());
      float width = Units.mmToPt(boxes.pageWidthMm());
      float height = Units.mmToPt(boxes.pageHeightMm());
      writer.setBoxSize("bleed", new Rectangle(0, 0, width, height));
      writer.setBoxSize("trim", new Rectangle(bleed, bleed, width - bleed, height - bleed));
    }
  }
}
