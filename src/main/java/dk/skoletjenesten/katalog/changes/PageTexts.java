package dk.skoletjenesten.katalog.changes;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What pages print, reduced to a search key: the text PDFBox extracts, NFKC-normalised (ligatures
 * apart), lower-cased, with everything but letters and digits dropped. Line breaks, hyphenation at
 * line ends, quotes and number punctuation then no longer matter when looking for a value.
 */
final class PageTexts {
  private PageTexts() {}

  /** The search keys of {@code pages} (numbered from 1) of {@code pdf}, by page number. */
  static Map<Integer, String> read(Path pdf, Collection<Integer> pages) {
    Map<Integer, String> texts = new TreeMap<>();
    if (pages.isEmpty()) {
      return texts;
    }
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page : pages) {
        if (page <= document.getNumberOfPages()) {
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          texts.put(page, key(stripper.getText(document)));
        }
      }
    } catch (IOException e) {
      throw new ComparisonProblem(pdf + ": cannot read its text: " + e.getMessage(), e);
    }
    return texts;
  }

  /** {@code text} as a search key. */
  static String key(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normal.length());
    normal.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> key.appendCodePoint(cp));
    return key.toString();
  }
}
