package dk.skoletjenesten.katalog.finishing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Identifiers derived from the input bytes and the spec, so that the same input finished the same
 * way always gets the same document {@code /ID} and XMP identifiers.
 */
final class ContentDigest {
  private static final int ID_LENGTH = 16;

  private final byte[] sha256;

  private ContentDigest(byte[] sha256) {
    this.sha256 = sha256;
  }

  static ContentDigest of(byte[] input, FinishingSpec spec) {
    MessageDigest digest = sha256();
    digest.update(input);
    digest.update(spec.toString().getBytes(StandardCharsets.UTF_8));
    return new ContentDigest(digest.digest());
  }

  /** The 16 bytes used for both strings of the document {@code /ID}. */
  byte[] documentId() {
    return Arrays.copyOf(sha256, ID_LENGTH);
  }

  /** A {@code uuid:} URI for XMP, distinct per purpose, e.g. {@code document} or {@code instance}. */
  String uuid(String purpose) {
    MessageDigest digest = sha256();
    digest.update(sha256);
    digest.update(purpose.getBytes(StandardCharsets.UTF_8));
    ByteBuffer bytes = ByteBuffer.wrap(digest.digest());
    long high = (bytes.getLong() & ~0xF000L) | 0x5000L; // version 5 style: name based
    long low = (bytes.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return "uuid:" + new UUID(high, low);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
