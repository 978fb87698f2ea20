package dk.skoletjenesten.katalog.draw;

import static dk.skoletjenesten.katalog.draw.ChartStyle.SOURCE_GAP_PT;
import static dk.skoletjenesten.katalog.draw.ChartStyle.SOURCE_LINES;
import static dk.skoletjenesten.katalog.draw.ChartStyle.TITLE_GAP_PT;
import static dk.skoletjenesten.katalog.draw.ChartStyle.TITLE_LINES;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What every chart has around its plot: the title at the top, flush left, its capitals touching the
 * top edge so the chart hangs from the same line as the text beside it, and the source line at the
 * foot. The plot is what is left between them, the full width of the chart.
 */
final class ChartFrame {
  private final ChartFonts fonts;
  private final float widthPt;
  private final float heightPt;
  private final TextBlock title;
  private final TextBlock source;

  ChartFrame(ChartSpec spec, ChartFonts fonts) {
    this.fonts = fonts;
    this.widthPt = Units.mmToPt(spec.widthMm());
    this.heightPt = Units.mmToPt(spec.heightMm());
    this.title = TextBlock.wrap(fonts, spec.title(), TextStyle.TITLE, widthPt);
    this.source = TextBlock.wrap(fonts, spec.source(), TextStyle.SOURCE, widthPt);
  }

  List<ChartProblem> problems() {
    List<ChartProblem> problems = new ArrayList<>();
    title
        .problem(fonts, "title", TITLE_LINES, widthPt)
        .ifPresent(p -> problems.add(new ChartProblem("title", p)));
    source
        .problem(fonts, "source", SOURCE_LINES, widthPt)
        .ifPresent(p -> problems.add(new ChartProblem("source", p)));
    return problems;
  }

  /** The room between the title and the source line. */
  Box plot() {
    return new Box(0, footPt(), widthPt, Math.max(0, heightPt - headPt() - footPt()));
  }

  /** How much of the chart's height the title and source line take, in millimetres. */
  double frameHeightMm() {
    return Units.ptToMm(headPt() + footPt());
  }

  private float headPt() {
    return title.isEmpty() ? 0 : title.heightPt(fonts) + TITLE_GAP_PT;
  }

  private float footPt() {
    return source.isEmpty() ? 0 : source.heightPt(fonts) + SOURCE_GAP_PT;
  }

  void drawTitle(ChartCanvas canvas) throws IOException {
    float baseline = heightPt - fonts.capHeightPt(TextStyle.TITLE);
    canvas.text(title, 0, baseline, ChartCanvas.Align.LEFT);
  }

  void drawSource(ChartCanvas canvas) throws IOException {
    float baseline = source.heightPt(fonts) - fonts.capHeightPt(TextStyle.SOURCE);
    canvas.text(source, 0, baseline, ChartCanvas.Align.LEFT);
  }
}
