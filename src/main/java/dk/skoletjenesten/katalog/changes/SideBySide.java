package dk.skoletjenesten.katalog.changes;

import dk.skoletjenesten.katalog.changes.PublicationChanges.Region;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * The old and new proof of a page side by side (old left, new right, a grey gap between), with a
 * red rectangle on both around each cluster of differing pixels. Pixels are compared exactly;
 * differences closer than {@link #JOIN_CELLS} cells of {@link #CELL_PX} pixels form one cluster, so
 * far-apart changes get separate rectangles.
 */
final class SideBySide {
  static final int CELL_PX = 8;
  static final int JOIN_CELLS = 3;
  private static final int GAP_PX = 12;
  private static final int PAD_PX = 3;
  private static final Color GAP = new Color(0x9a, 0x9a, 0x9a);
  private static final Color MARK = new Color(0xe0, 0x10, 0x10);

  private SideBySide() {}

  /** The image (PNG bytes) and the changed regions in the proofs' pixels. */
  record Result(byte[] png, List<Region> regions) {
    Result {
      regions = List.copyOf(regions);
    }
  }

  static Result draw(BufferedImage before, BufferedImage after) {
    List<Region> regions = regions(before, after);
    int width = before.getWidth() + GAP_PX + after.getWidth();
    int height = Math.max(before.getHeight(), after.getHeight());
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(GAP);
      g.fillRect(0, 0, width, height);
      g.drawImage(before, 0, 0, null);
      int offset = before.getWidth() + GAP_PX;
      g.drawImage(after, offset, 0, null);
      g.setColor(MARK);
      g.setStroke(new BasicStroke(2));
      for (Region r : regions) {
        g.drawRect(r.x(), r.y(), r.width(), r.height());
        g.drawRect(offset + r.x(), r.y(), r.width(), r.height());
      }
    } finally {
      g.dispose();
    }
    return new Result(png(image), regions);
  }

  /** The bounding boxes of the clusters of differing pixels, top to bottom, left to right. */
  static List<Region> regions(BufferedImage before, BufferedImage after) {
    int width = Math.max(before.getWidth(), after.getWidth());
    int height = Math.max(before.getHeight(), after.getHeight());
    int cols = (width + CELL_PX - 1) / CELL_PX;
    int rows = (height + CELL_PX - 1) / CELL_PX;
    boolean[][] differs = new boolean[rows][cols];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (!differs[y / CELL_PX][x / CELL_PX] && rgb(before, x, y) != rgb(after, x, y)) {
          differs[y / CELL_PX][x / CELL_PX] = true;
        }
      }
    }
    return clusters(differs, width, height);
  }

  /** -1 outside the image, so a page that grew differs where only one of them has pixels. */
  private static int rgb(BufferedImage image, int x, int y) {
    return x < image.getWidth() && y < image.getHeight() ? image.getRGB(x, y) & 0xffffff : -1;
  }

  private static List<Region> clusters(boolean[][] differs, int width, int height) {
    int rows = differs.length;
    int cols = rows == 0 ? 0 : differs[0].length;
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (differs[r][c]) {
          joinNeighbours(differs, parent, r, c);
        }
      }
    }
    Map<Integer, int[]> boxes = new TreeMap<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (differs[r][c]) {
          int root = find(parent, r * cols + c);
          int[] box = boxes.get(root);
          if (box == null) {
            box = new int[] {c, r, c, r};
            boxes.put(root, box);
          }
          box[0] = Math.min(box[0], c);
          box[1] = Math.min(box[1], r);
          box[2] = Math.max(box[2], c);
          box[3] = Math.max(box[3], r);
        }
      }
    }
    List<Region> regions = new ArrayList<>();
    for (int[] box : boxes.values()) {
      int x = Math.max(0, box[0] * CELL_PX - PAD_PX);
      int y = Math.max(0, box[1] * CELL_PX - PAD_PX);
      int right = Math.min(width - 1, (box[2] + 1) * CELL_PX - 1 + PAD_PX);
      int bottom = Math.min(height - 1, (box[3] + 1) * CELL_PX - 1 + PAD_PX);
      regions.add(new Region(x, y, right - x, bottom - y));
    }
    return regions;
  }

  /** Joins cell (r, c) with the differing cells before it in scan order within reach. */
  private static void joinNeighbours(boolean[][] differs, int[] parent, int r, int c) {
    int cols = differs[0].length;
    for (int dr = -JOIN_CELLS; dr <= 0; dr++) {
      for (int dc = -JOIN_CELLS; dc <= JOIN_CELLS; dc++) {
        int rr = r + dr;
        int cc = c + dc;
        boolean before = dr < 0 || dc < 0;
        if (before && rr >= 0 && cc >= 0 && cc < cols && differs[rr][cc]) {
          union(parent, r * cols + c, rr * cols + cc);
        }
      }
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a side-by-side image", e);
    }
    return bytes.toByteArray();
  }
}
