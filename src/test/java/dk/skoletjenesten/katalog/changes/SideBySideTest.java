package dk.skoletjenesten.katalog.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.changes.PublicationChanges.Region;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SideBySideTest {
  private static BufferedImage white(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  private static BufferedImage with(BufferedImage image, int x, int y, int w, int h) {
    BufferedImage copy = white(image.getWidth(), image.getHeight());
    Graphics2D g = copy.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.setColor(Color.BLACK);
    g.fillRect(x, y, w, h);
    g.dispose();
    return copy;
  }

  @Test
  void equalImagesHaveNoRegion() {
    assertThat(SideBySide.regions(white(100, 100), white(100, 100))).isEmpty();
  }

  @Test
  void farApartChangesAreSeparateRegionsNearOnesOne() {
    BufferedImage before = white(200, 300);
    BufferedImage after = with(with(with(before, 20, 20, 10, 5), 36, 22, 4, 4), 150, 250, 5, 5);
    assertThat(SideBySide.regions(before, after))
        .containsExactly(new Region(13, 13, 29, 21), new Region(141, 245, 21, 13));
  }

  @Test
  void aLongerPageDiffersWhereOnlyItHasPixels() {
    assertThat(SideBySide.regions(white(16, 16), white(16, 24)))
        .containsExactly(new Region(0, 13, 15, 10));
  }

  @Test
  void theImageHoldsBothProofsAndTheMarkOnEach() {
    BufferedImage before = white(64, 64);
    BufferedImage after = with(before, 30, 30, 2, 2);
    SideBySide.Result result = SideBySide.draw(before, after);
    assertThat(result.regions()).containsExactly(new Region(21, 21, 13, 13));
    assertThat(result.png()).isNotEmpty();
  }
}
