package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.common.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Identifiers derived from what the document draws (the decoded data of every stream the document
 * catalog reaches, but XMP metadata, as a sorted set of hashes, so that the renderer's object
 * numbering does not count) and the spec, so that the same pages finished the same way always get
 * the same document {@code /ID} and XMP identifiers, whatever dates or IDs the renderer wrote into
 * its input.
 */
final class ContentDigest {
  private static final int ID_LENGTH = 16;

  private final byte[] sha256;

  private ContentDigest(byte[] sha256) {
    this.sha256 = sha256;
  }

  static ContentDigest of(PDDocument document, FinishingSpec spec) throws IOException {
    List<String> streams = new ArrayList<>();
    for (COSStream stream : drawnStreams(document)) {
      try (InputStream data = stream.createInputStream()) {
        streams.add(Sha256.hex(data.readAllBytes()));
      }
    }
    streams.sort(null);
    MessageDigest digest = Sha256.digest();
    streams.forEach(hash -> digest.update(hash.getBytes(StandardCharsets.US_ASCII)));
    digest.update(spec.toString().getBytes(StandardCharsets.UTF_8));
    return new ContentDigest(digest.digest());
  }

  /**
   * The streams reachable from the document catalog, but XMP metadata. Object and cross-reference
   * streams are left out (they hold the renderer's dates and subset tags, and their bytes vary with
   * the object numbering), and so are objects nothing refers to.
   */
  private static List<COSStream> drawnStreams(PDDocument document) {
    List<COSStream> found = new ArrayList<>();
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(document.getDocumentCatalog().getCOSObject());
    while (!todo.isEmpty()) {
      COSBase base = todo.pop();
      COSBase value = base instanceof COSObject object ? object.getObject() : base;
      if (value == null || !seen.add(value)) {
        continue;
      }
      if (value instanceof COSStream stream
          && !COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))) {
        found.add(stream);
      }
      if (value instanceof COSDictionary dictionary) {
        dictionary.getValues().forEach(todo::push);
      } else if (value instanceof COSArray array) {
        array.forEach(todo::push);
      }
    }
    return found;
  }

  /** The 16 bytes used for both strings of the document {@code /ID}. */
  byte[] documentId() {
    return Arrays.copyOf(sha256, ID_LENGTH);
  }

  /**
   * A {@code uuid:} URI for XMP, distinct per purpose, e.g. {@code document} or {@code instance}.
   */
  String uuid(String purpose) {
    MessageDigest digest = Sha256.digest();
    digest.update(sha256);
    digest.update(purpose.getBytes(StandardCharsets.UTF_8));
    ByteBuffer bytes = ByteBuffer.wrap(digest.digest());
    long high = (bytes.getLong() & ~0xF000L) | 0x5000L; // version 5 style: name based
    long low = (bytes.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return "uuid:" + new UUID(high, low);
  }
}
