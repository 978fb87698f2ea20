package dk.skoletjenesten.katalog.proof;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A reader spread: the two facing page proofs side by side at their own resolution, meeting at the
 * spine. A page alone (the first, on the right; the last of an even count, on the left) keeps its
 * side, and the other half is {@link #NO_PAGE} grey, so every spread of a book has one size.
 */
final class SpreadImage {
  static final Color NO_PAGE = new Color(0xD0, 0xD0, 0xD0);

  private SpreadImage() {}

  static BufferedImage compose(Optional<BufferedImage> left, Optional<BufferedImage> right) {
    BufferedImage any = left.or(() -> right).orElseThrow();
    int leftWidth = left.orElse(any).getWidth();
    int width = leftWidth + right.orElse(any).getWidth();
    int height = Math.max(left.orElse(any).getHeight(), right.orElse(any).getHeight());
    BufferedImage spread = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = spread.createGraphics();
    try {
      g.setColor(NO_PAGE);
      g.fillRect(0, 0, width, height);
      left.ifPresent(image -> g.drawImage(image, 0, 0, null));
      right.ifPresent(image -> g.drawImage(image, leftWidth, 0, null));
    } finally {
      g.dispose();
    }
    return spread;
  }
}
