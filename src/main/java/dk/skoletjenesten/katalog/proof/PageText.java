package dk.skoletjenesten.katalog.proof;

import dk.skoletjenesten.katalog.common.Units;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page's text as the text signature sees it: PDFBox's {@link PDFTextStripper} in content order,
 * without the folio, white space collapsed. The folio is a token (a run of glyphs between white
 * space or word gaps) that reads as the page's own number in the file, 1-based, with its baseline
 * within {@link #FOLIO_BAND_MM} of the trim's top or bottom edge. That is what the catalogue, the
 * inserts and the annual report print (e.g. "50" at the foot of the catalogue's page 50, 10 mm
 * above the trim; "3" 6 mm above an insert's); a page number elsewhere on the page (a contents
 * line, an index entry) is content and stays. One instance per document and thread.
 */
final class PageText {
  static final double FOLIO_BAND_MM = 20;
  private static final Pattern WHITE_SPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private final PDDocument document;
  private final FolioStripper stripper;

  PageText(PDDocument document) throws IOException {
    this.document = document;
    this.stripper = new FolioStripper();
  }

  /** The normalised text of page {@code index} (from 0), before any box is changed for render. */
  String of(int index) throws IOException {
    PDPage page = document.getPage(index);
    stripper.folio = String.valueOf(index + 1);
    stripper.band = Band.of(page);
    stripper.setStartPage(index + 1);
    stripper.setEndPage(index + 1);
    return normalise(stripper.getText(document));
  }

  static String normalise(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Where a folio may stand, as distances from the top of the crop box (text coordinates): above
   * {@code top} or below {@code bottom}.
   */
  private record Band(float top, float bottom) {
    static Band of(PDPage page) {
      PDRectangle crop = page.getCropBox();
      PDRectangle trim = page.getTrimBox();
      float band = Units.mmToPt(FOLIO_BAND_MM);
      float trimTop = crop.getUpperRightY() - trim.getUpperRightY();
      float trimBottom = crop.getUpperRightY() - trim.getLowerLeftY();
      return new Band(trimTop + band, trimBottom - band);
    }

    boolean holds(List<TextPosition> token) {
      return token.stream().allMatch(p -> p.getYDirAdj() < top || p.getYDirAdj() > bottom);
    }
  }

  /** Writes each word token by token and leaves out the one that is this page's folio. */
  private static final class FolioStripper extends PDFTextStripper {
    private String folio;
    private Band band;

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      StringBuilder kept = new StringBuilder();
      List<TextPosition> token = new ArrayList<>();
      for (TextPosition position : positions) {
        if (position.getUnicode().isBlank()) {
          keep(token, kept);
          kept.append(' ');
        } else {
          token.add(position);
        }
      }
      keep(token, kept);
      writeString(kept.toString());
    }

    private void keep(List<TextPosition> token, StringBuilder kept) {
      StringBuilder text = new StringBuilder();
      token.forEach(p -> text.append(p.getUnicode()));
      if (!(text.toString().equals(folio) && band.holds(token))) {
        kept.append(text);
      }
      token.clear();
    }
  }
}
