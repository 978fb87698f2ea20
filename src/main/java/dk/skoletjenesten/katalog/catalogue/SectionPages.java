package dk.skoletjenesten.katalog.catalogue;

import dk.skoletjenesten.katalog.catalogue.Views.PageFrame;
import dk.skoletjenesten.katalog.catalogue.Views.SectionPart;
import dk.skoletjenesten.katalog.common.Units;
import dk.skoletjenesten.katalog.pdf.RenderException;
import dk.skoletjenesten.katalog.template.PageGeometry;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
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

/**
 * Where the sections fell in a first layout with {@link Pacing#PROBE}: each opener's page and the
 * page and height at which its entries end, read from the bookmarks the probe writes. From them the
 * padding of the final layout: a house-ad page before every opener that would begin on a right-hand
 * page, and a house ad at the foot of a section's last page when the entries leave at least {@value
 * #MIN_END_SPACE_MM} mm of it empty. Padding does not move the pages' contents: it fills whole
 * pages or the free foot of one, and left- and right-hand pages have columns of the same width.
 */
final class SectionPages {
  static final double MIN_END_SPACE_MM = 50;

  /** Kept free under the house ad, for rounding in the layout. */
  static final double END_SAFETY_MM = 5;

  /** The house ad's margin and padding above its height (sections.css, .section-end). */
  static final double END_BOX_MM = 10;

  /** A bookmark's target: the page (1 is the first) and the height from the page's bottom edge. */
  record Mark(int page, double yMm) {}

  private final Map<String, Mark> marks;

  private SectionPages(Map<String, Mark> marks) {
    this.marks = Map.copyOf(marks);
  }

  static SectionPages read(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Map<String, Mark> marks = new HashMap<>();
      var outline = document.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        for (PDOutlineItem item : outline.children()) {
          destination(item).ifPresent(d -> marks.put(item.getTitle(), mark(d, document)));
        }
      }
      return new SectionPages(marks);
    } catch (IOException e) {
      throw new RenderException("cannot read the sections' pages of the first layout", e);
    }
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

  /** The padding that puts every opener on a left-hand page and fills empty section ends. */
  Pacing pacing(List<SectionPart> sections, PageFrame frame, PageGeometry geometry) {
    Set<Integer> gaps = new HashSet<>();
    Map<Integer, Double> ends = new HashMap<>();
    int shift = 0;
    double footMm = geometry.bleedMm() + frame.bottomMm();
    for (SectionPart s : sections) {
      if ((require(s.anchor()).page() + shift) % 2 == 1) {
        gaps.add(s.number());
        shift++;
      }
      Mark end = require(s.anchor() + "-end");
      double free = end.yMm() - footMm;
      if (end.yMm() >= 0 && free >= MIN_END_SPACE_MM) {
        ends.put(s.number(), Math.floor(free - END_SAFETY_MM - END_BOX_MM));
      }
    }
    return new Pacing(false, gaps, ends);
  }
}
