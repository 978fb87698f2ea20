package dk.skoletjenesten.katalog.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as hex: of a text, of bytes (the pixels' are taken by {@link Png}). */
final class Digests {
  private Digests() {}

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
