package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.Entry;
import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.catalogue.Views.SectionPart;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.pdf.RenderException;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the sections fell in a first layout with {@link Pacing#PROBE}: each opener's page, where
 * each entry begins and where the entries end, read from the bookmarks the probe writes, and how
 * low the text of each page reaches. From them the padding of the final layout: a house-ad page
 * before every opener that would begin on a right-hand page, and a house ad in the free foot of an
 * entry page (after the page's last entry, when the next one was kept whole and moved on to the
 * next page, or after the section's last entry) when at least {@value #MIN_FREE_MM} mm of it are
 * empty. Padding does not move the pages' contents: it fills whole pages or the free foot of one,
 * and left- and right-hand pages have columns of the same width.
 */
final class SectionPages {
  /** A page foot at least this high gets a house ad. */
  static final double MIN_FREE_MM = 45;

  /** Kept free under a house ad, for rounding in the layout. */
  static final double SAFETY_MM = 5;

  /** The house ad's margin and padding above its height (sections.css, .section-end). */
  static final double END_BOX_MM = 10;

  /** A house ad's margin and padding above its height (sections.css, .entry::after). */
  static final double FOOT_BOX_MM = 4 + 8;

  /** A bookmark's target: the page (1 is the first) and the height from the page's bottom edge. */
  record Mark(int page, double yMm) {}

  private final Map<String, Mark> marks;
  private final Map<Integer, Double> lowestTextMm;

  private SectionPages(Map<String, Mark> marks, Map<Integer, Double> lowestTextMm) {
    this.marks = Map.copyOf(marks);
    this.lowestTextMm = Map.copyOf(lowestTextMm);
  }

  static SectionPages read(byte[] pdf, PageFrame frame, PageGeometry geometry) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Map<String, Mark> marks = new HashMap<>();
      var outline = document.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        for (PDOutlineItem item : outline.children()) {
          destination(item).ifPresent(d -> marks.put(item.getTitle(), mark(d, document)));
        }
      }
      return new SectionPages(marks, lowestText(document, frame, geometry));
    } catch (IOException e) {
      throw new RenderException("cannot read the sections' pages of the first layout", e);
    }
  }

  /** Per page, the height above the page's bottom edge of its lowest text inside the margins. */
  private static Map<Integer, Double> lowestText(
      PDDocument document, PageFrame frame, PageGeometry geometry) throws IOException {
    double pageHeightMm = geometry.trimHeightMm() + 2 * geometry.bleedMm();
    double topMm = geometry.bleedMm() + frame.topMm();
    double bottomMm = geometry.bleedMm() + frame.bottomMm();
    Map<Integer, Double> lowest = new HashMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            double fromTop = Units.ptToMm(text.getYDirAdj());
            if (fromTop > topMm && fromTop < pageHeightMm - bottomMm) {
              lowest.merge(getCurrentPageNo(), pageHeightMm - fromTop, Math::min);
            }
          }
        };
    stripper.getText(document);
    return lowest;
  }

  private static Optional<PDPageDestination> destination(PDOutlineItem item) throws IOException {
    if (item.getDestination() instanceof PDPageDestination d) {
      return Optional.of(d);
    }
    if (item.getAction() instanceof PDActionGoTo goTo
        && goTo.getDestination() instanceof PDPageDestination d) {
      return Optional.of(d);
    }
    return Optional.empty();
  }

  private static Mark mark(PDPageDestination d, PDDocument document) {
    int index = d.retrievePageNumber();
    if (index < 0 && d.getPage() != null) {
      index = document.getPages().indexOf(d.getPage());
    }
    double top = d instanceof PDPageXYZDestination xyz ? xyz.getTop() : -1;
    return new Mark(index + 1, top < 0 ? -1 : Units.ptToMm(top));
  }

  /** The mark of {@code anchor}; an error when the probe did not write it. */
  Mark require(String anchor) {
    Mark mark = marks.get(anchor);
    if (mark == null || mark.page() < 1) {
      throw new RenderException(
          "the first layout has no bookmark for #"
              + anchor
              + ": cannot place the section's padding");
    }
    return mark;
  }

  /**
   * True when an entry's box begins on a page but none of its text does: it was kept whole and
   * moved on to the next page, leaving the foot of this one empty.
   */
  private boolean movedOn(Mark start) {
    Double lowest = lowestTextMm.get(start.page());
    return start.yMm() >= 0 && lowest != null && lowest > start.yMm() - 1;
  }

  /** The padding that puts every opener on a left-hand page and fills empty page feet. */
  Pacing pacing(List<SectionPart> sections, PageFrame frame, PageGeometry geometry) {
    Set<Integer> gaps = new HashSet<>();
    Map<Integer, Double> ends = new HashMap<>();
    Map<String, Double> feet = new LinkedHashMap<>();
    int shift = 0;
    double footMm = geometry.bleedMm() + frame.bottomMm();
    for (SectionPart s : sections) {
      if ((require(s.anchor()).page() + shift) % 2 == 1) {
        gaps.add(s.number());
        shift++;
      }
      List<Entry> entries = s.entries();
      for (int i = 1; i < entries.size(); i++) {
        Mark start = require(entries.get(i).place().anchor());
        double free = start.yMm() - footMm;
        if (movedOn(start) && free >= MIN_FREE_MM) {
          feet.put(
              entries.get(i - 1).place().anchor(), Math.floor(free - FOOT_BOX_MM - 2 * SAFETY_MM));
        }
      }
      Mark end = require(s.anchor() + "-end");
      double free = end.yMm() - footMm;
      if (end.yMm() >= 0 && free >= MIN_FREE_MM) {
        ends.put(s.number(), Math.floor(free - SAFETY_MM - END_BOX_MM));
      }
    }
    return new Pacing(false, gaps, ends, feet);
  }
}
