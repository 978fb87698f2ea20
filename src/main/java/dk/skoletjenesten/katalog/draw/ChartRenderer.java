package dk.skoletjenesten.katalog.draw;

import dk.skoletjenesten.katalog.common.Sha256;
import dk.skoletjenesten.katalog.common.Units;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws bar, column, pie and donut charts as one-page vector PDFs, the page exactly the chart's
 * size, for a publication to place like an image. Everything is DeviceCMYK, the text real text in
 * embedded subsets of the book's Lato, and the same spec always gives the same bytes (the document
 * ID is a digest of the spec; no dates, no producer).
 *
 * <p>{@link #check} first: a chart that does not fit is a message for the author, not a broken
 * drawing; {@link #render} refuses such a chart, and data that no chart can show ({@link
 * dk.skoletjenesten.katalog.chart.ChartRules}) is refused by both.
 */
public final class ChartRenderer {
  private static final int ID_BYTES = 16;

  private final ChartFonts fonts;

  /** A renderer using Lato Regular and Bold from {@code fontsDir}. */
  public ChartRenderer(Path fontsDir) {
    this.fonts = new ChartFonts(fontsDir);
  }

  /**
   * What cannot be drawn with the book's fonts at the spec's size, one problem each with the field
   * it is in, e.g. {@code series[4].label: label "Ungdomsuddannelser" does not fit in 3 lines of
   * 12.0 mm at 6 pt} (labels are first set smaller, see {@link LabelFit}); empty when the chart can
   * be drawn.
   *
   * @throws IllegalArgumentException if the data is such that no chart can show it ({@link
   *     dk.skoletjenesten.katalog.chart.ChartRules}: the registry reports that to the author)
   */
  public List<ChartProblem> check(ChartSpec spec) {
    return new ChartCheck(fonts).problems(spec);
  }

  /**
   * The height at which the chart is drawn at its best for its width, in millimetres, rounded up to
   * a tenth: bars at a comfortable pitch, columns about a third as high as wide, a pie at full size
   * with its legend. Use it with {@link ChartSpec#withHeightMm} when the page leaves the height
   * free; the chart may still be too narrow, which {@link #check} then says.
   *
   * @throws IllegalArgumentException if the data has a problem whatever the size
   */
  public double naturalHeightMm(ChartSpec spec) {
    ChartCheck.requireDrawable(spec);
    ChartFrame frame = new ChartFrame(spec, fonts);
    float plot = ChartLayout.of(spec, frame, fonts).naturalHeightPt();
    return ChartNumbers.roundUp(frame.frameHeightMm() + Units.ptToMm(plot));
  }

  /** The chart as a one-page PDF. */
  public byte[] render(ChartSpec spec) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(spec, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the chart as a one-page PDF to {@code out}.
   *
   * @throws IllegalArgumentException if {@link #check} finds a problem
   */
  public void write(ChartSpec spec, OutputStream out) throws IOException {
    List<ChartProblem> problems = check(spec);
    if (!problems.isEmpty()) {
      throw refused(spec, problems);
    }
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(pt(spec.widthMm()), pt(spec.heightMm())));
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        draw(spec, new ChartCanvas(content, fonts, faces(document)));
      }
      fixId(document, spec);
      document.save(out, CompressParameters.NO_COMPRESSION);
    } catch (IOException e) {
      throw new IOException(
          "cannot draw the " + spec.kind().noun() + " \"" + spec.title() + "\": " + e.getMessage(),
          e);
    }
  }

  private static IllegalArgumentException refused(ChartSpec spec, List<ChartProblem> problems) {
    return new IllegalArgumentException(
        "cannot draw the " + spec.kind().noun() + " \"" + spec.title() + "\": " + problems);
  }

  /** Title, plot, source: the order the text is extracted and read aloud in. */
  private void draw(ChartSpec spec, ChartCanvas canvas) throws IOException {
    ChartFrame frame = new ChartFrame(spec, fonts);
    frame.drawTitle(canvas);
    ChartLayout.of(spec, frame, fonts).draw(canvas);
    frame.drawSource(canvas);
  }

  private Map<ChartFonts.Face, PDType0Font> faces(PDDocument document) throws IOException {
    Map<ChartFonts.Face, PDType0Font> faces = new EnumMap<>(ChartFonts.Face.class);
    for (ChartFonts.Face face : ChartFonts.Face.values()) {
      faces.put(face, fonts.load(document, face));
    }
    return faces;
  }

  /**
   * Sets the document ID to a digest of the spec. PDFBox would otherwise draw one from the clock,
   * and two renders of the same chart would differ in their bytes.
   */
  private static void fixId(PDDocument document, ChartSpec spec) {
    byte[] digest = Sha256.of(spec.toString());
    COSArray id = new COSArray();
    id.add(new COSString(Arrays.copyOf(digest, ID_BYTES)));
    id.add(new COSString(Arrays.copyOf(digest, ID_BYTES)));
    document.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  private static float pt(double mm) {
    return Units.mmToPt(mm);
  }
}
