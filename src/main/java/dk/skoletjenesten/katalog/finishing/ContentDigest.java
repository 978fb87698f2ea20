package dk.skoletjenesten.katalog.finishing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Identifiers derived from what the document draws (the decoded data of every stream but XMP
 * metadata, as a sorted set of hashes, so that the renderer's object numbering does not count) and
 * the spec, so that the same pages finished the same way always get the same document {@code /ID}
 * and XMP identifiers, whatever dates or IDs the renderer wrote into its input.
 */
final class ContentDigest {
  private static final int ID_LENGTH = 16;

  private final byte[] sha256;

  private ContentDigest(byte[] sha256) {
    this.sha256 = sha256;
  }

  static ContentDigest of(PDDocument document, FinishingSpec spec) throws IOException {
    List<String> streams = new ArrayList<>();
    for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
      COSObject object = document.getDocument().getObjectFromPool(key);
      if (object != null
          && object.getObject() instanceof COSStream stream
          && !COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))) {
        try (InputStream data = stream.createInputStream()) {
          streams.add(HexFormat.of().formatHex(sha256().digest(data.readAllBytes())));
        }
      }
    }
    streams.sort(null);
    MessageDigest digest = sha256();
    streams.forEach(hash -> digest.update(hash.getBytes(StandardCharsets.US_ASCII)));
    digest.update(spec.toString().getBytes(StandardCharsets.UTF_8));
    return new ContentDigest(digest.digest());
  }

  /** The 16 bytes used for both strings of the document {@code /ID}. */
  byte[] documentId() {
    return Arrays.copyOf(sha256, ID_LENGTH);
  }

  /**
   * A {@code uuid:} URI for XMP, distinct per purpose, e.g. {@code document} or {@code instance}.
   */
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
