package dk.skoletjenesten.katalog.testing;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Geometry checks on the text of a laid-out PDF, for tests: overflow shows up as misplaced glyphs.
 */
public final class PdfLayoutChecks {
  private static final float TOLERANCE_PT = 1f;

  private PdfLayoutChecks() {}

  /** One run of text as PDFBox reports it: page, text, and its glyphs. */
  private record Run(int page, String text, List<TextPosition> glyphs) {}

  /**
   * Text that lies left of the inner or right of the outer margin of a mirrored page: odd pages
   * (right-hand) have the inner margin on the left. Margins are measured from the trim.
   */
  public static List<String> outsideLiveArea(
      PDDocument pdf, double bleedMm, double trimWidthMm, double innerMm, double outerMm)
      throws IOException {
    List<String> outside = new ArrayList<>();
    for (Run run : runs(pdf)) {
      boolean right = run.page() % 2 == 1;
      float left = Units.mmToPt(bleedMm + (right ? innerMm : outerMm)) - TOLERANCE_PT;
      float rightEdge =
          Units.mmToPt(bleedMm + trimWidthMm - (right ? outerMm : innerMm)) + TOLERANCE_PT;
      for (TextPosition glyph : run.glyphs()) {
        if (glyph.getXDirAdj() < left || glyph.getXDirAdj() + glyph.getWidthDirAdj() > rightEdge) {
          outside.add("page " + run.page() + ": " + run.text());
          break;
        }
      }
    }
    return outside;
  }

  /** Pairs of text runs on one baseline whose glyphs overlap: text that ran into its neighbour. */
  public static List<String> overlappingRuns(PDDocument pdf) throws IOException {
    List<Run> runs = runs(pdf);
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      for (int j = i + 1; j < runs.size() && runs.get(j).page() == runs.get(i).page(); j++) {
        if (overlap(runs.get(i), runs.get(j))) {
          overlaps.add(
              "page "
                  + runs.get(i).page()
                  + ": \""
                  + runs.get(i).text()
                  + "\" overlaps \""
                  + runs.get(j).text()
                  + "\"");
        }
      }
    }
    return overlaps;
  }

  private static boolean overlap(Run a, Run b) {
    for (TextPosition x : a.glyphs()) {
      for (TextPosition y : b.glyphs()) {
        boolean sameLine = Math.abs(x.getYDirAdj() - y.getYDirAdj()) < 0.5f;
        float overlap =
            Math.min(x.getXDirAdj() + x.getWidthDirAdj(), y.getXDirAdj() + y.getWidthDirAdj())
                - Math.max(x.getXDirAdj(), y.getXDirAdj());
        if (sameLine
            && overlap > TOLERANCE_PT
            && !x.getUnicode().isBlank()
            && !y.getUnicode().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Run> runs(PDDocument pdf) throws IOException {
    List<Run> runs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            runs.add(new Run(getCurrentPageNo(), text, List.copyOf(positions)));
          }
        };
    stripper.setSortByPosition(false);
    stripper.getText(pdf);
    return runs;
  }
}
