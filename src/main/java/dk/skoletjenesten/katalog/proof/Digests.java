package dk.skoletjenesten.katalog.proof;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digests of the proofs: of an image's pixels, of a text, of bytes. */
final class Digests {
  private Digests() {}

  /** The pixels of {@code image} as R, G, B bytes, row by row from the top (alpha ignored). */
  static String pixels(BufferedImage image) {
    MessageDigest digest = sha256();
    int width = image.getWidth();
    int[] argb = new int[width];
    byte[] rgb = new byte[3 * width];
    for (int y = 0; y < image.getHeight(); y++) {
      image.getRGB(0, y, width, 1, argb, 0, width);
      for (int x = 0; x < width; x++) {
        rgb[3 * x] = (byte) (argb[x] >> 16);
        rgb[3 * x + 1] = (byte) (argb[x] >> 8);
        rgb[3 * x + 2] = (byte) argb[x];
      }
      digest.update(rgb);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The text in UTF-8. */
  static String text(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  static String bytes(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
