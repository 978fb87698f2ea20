package dk.skoletjenesten.katalog.registry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * What {@code validate} learns of a PNG or JPEG file from its structure, without decoding a pixel:
 * the type its first bytes show, the pixel size its header declares, and whether the file is whole
 * (a PNG's chunks with their checksums up to {@code IEND}; a JPEG's segments up to the scan and an
 * end marker after it). A header that declares more than {@link #MAX_SIDE_PX} a side or {@link
 * #MAX_PIXELS} in all is refused before anything would decode it (a decompression bomb: a few
 * kilobytes that unpack to gigabytes).
 */
final class ImageFile {
  static final int MAX_SIDE_PX = 12_000;
  static final long MAX_PIXELS = 100_000_000L;
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** A readable image: its type ({@code PNG} or {@code JPEG}) and declared size in pixels. */
  record Header(String type, int widthPx, int heightPx) {
    /** The resolution in pixels per inch when the image covers {@code widthMm x heightMm}. */
    double ppiCovering(double widthMm, double heightMm) {
      double mmPerPx = Math.max(widthMm / widthPx, heightMm / heightPx);
      return 25.4 / mmPerPx;
    }
  }

  /**
   * Thrown with the message for a file that is not a whole PNG or JPEG of the type its name says.
   */
  static final class BadImageException extends Exception {
    BadImageException(String message) {
      super(message);
    }
  }

  private ImageFile() {}

  /** The header of {@code bytes}, a file named {@code name}, or why it cannot be printed. */
  static Header read(String name, byte[] bytes) throws BadImageException {
    String expected = expectedType(name);
    if (bytes.length == 0) {
      throw new BadImageException("expected a " + expected + " image, got an empty file");
    }
    String actual = typeOf(bytes);
    if (!actual.equals(expected)) {
      throw new BadImageException(
          "expected a "
              + expected
              + " image (the name ends in ."
              + extension(name)
              + "), got "
              + describe(actual));
    }
    Header header = expected.equals("PNG") ? png(ByteBuffer.wrap(bytes)) : jpeg(bytes);
    checkSize(header);
    return header;
  }

  private static String expectedType(String name) {
    return extension(name).equals("png") ? "PNG" : "JPEG";
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  private static String typeOf(byte[] bytes) {
    if (startsWith(bytes, PNG_MAGIC)) {
      return "PNG";
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
      return "JPEG";
    }
    String start = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
    if (start.startsWith("GIF8")) {
      return "GIF";
    }
    if (start.contains("<svg")) {
      return "SVG";
    }
    return start.chars().allMatch(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
        ? "text"
        : "unknown";
  }

  private static String describe(String type) {
    return switch (type) {
      case "PNG", "JPEG", "GIF" -> "a " + type + " file";
      case "SVG" -> "an SVG file (vector images are not printed from images/; export a PNG)";
      case "text" -> "a text file";
      default -> "a file that is no PNG or JPEG";
    };
  }

  private static void checkSize(Header header) throws BadImageException {
    long pixels = (long) header.widthPx() * header.heightPx();
    if (header.widthPx() < 1 || header.heightPx() < 1) {
      throw new BadImageException(
          "the image declares " + size(header) + ", which has no pixels (a damaged header)");
    }
    if (header.widthPx() > MAX_SIDE_PX || header.heightPx() > MAX_SIDE_PX || pixels > MAX_PIXELS) {
      throw new BadImageException(
          "the image declares "
              + size(header)
              + "; at most "
              + MAX_SIDE_PX
              + " px a side and "
              + MAX_PIXELS / 1_000_000
              + " megapixels are accepted (scale it down)");
    }
  }

  static String size(Header header) {
    return header.widthPx() + " x " + header.heightPx() + " px";
  }

  /** The IHDR size, after every chunk's length and checksum has been checked up to IEND. */
  private static Header png(ByteBuffer in) throws BadImageException {
    in.position(PNG_MAGIC.length);
    Header header = null;
    while (true) {
      if (in.remaining() < 12) {
        throw truncated("PNG", "it ends before its IEND chunk");
      }
      long length = in.getInt() & 0xffffffffL;
      int typeAt = in.position();
      if (length > in.remaining() - 8) {
        throw truncated("PNG", "a chunk runs past the end of the file");
      }
      String type = new String(in.array(), typeAt, 4, StandardCharsets.ISO_8859_1);
      CRC32 crc = new CRC32();
      crc.update(in.array(), typeAt, 4 + (int) length);
      in.position(typeAt + 4);
      if (header == null) {
        if (!type.equals("IHDR") || length < 8) {
          throw new BadImageException("expected a PNG image, got a PNG without its IHDR header");
        }
        header = new Header("PNG", in.getInt(in.position()), in.getInt(in.position() + 4));
      }
      in.position(in.position() + (int) length);
      if ((in.getInt() & 0xffffffffL) != crc.getValue()) {
        throw new BadImageException(
            "the PNG is damaged: the checksum of its " + type + " chunk does not match");
      }
      if (type.equals("IEND")) {
        return header;
      }
    }
  }

  /** The SOF size, after the segments up to the scan and an end marker after it were found. */
  private static Header jpeg(byte[] b) throws BadImageException {
    int at = 2;
    Header header = null;
    while (true) {
      if (at + 4 > b.length) {
        throw truncated("JPEG", "it ends before its image data");
      }
      if ((b[at] & 0xff) != 0xff) {
        throw new BadImageException("the JPEG is damaged: expected a marker at byte " + at);
      }
      int marker = b[at + 1] & 0xff;
      if (marker == 0xff) {
        at++; // fill byte
        continue;
      }
      int length = ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
      if (length < 2 || at + 2 + length > b.length) {
        throw truncated("JPEG", "a segment runs past the end of the file");
      }
      if (isStartOfFrame(marker) && length >= 7) {
        int height = ((b[at + 5] & 0xff) << 8) | (b[at + 6] & 0xff);
        int width = ((b[at + 7] & 0xff) << 8) | (b[at + 8] & 0xff);
        header = new Header("JPEG", width, height);
      }
      if (marker == 0xda) {
        if (header == null) {
          throw new BadImageException("the JPEG is damaged: its image data comes before its size");
        }
        requireEndMarker(b, at + 2 + length);
        return header;
      }
      at += 2 + length;
    }
  }

  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
  }

  /** In the entropy-coded data a 0xFF is always followed by 0 or a restart marker: FFD9 is EOI. */
  private static void requireEndMarker(byte[] b, int from) throws BadImageException {
    for (int i = from; i + 1 < b.length; i++) {
      if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xd9) {
        return;
      }
    }
    throw truncated("JPEG", "it has no end marker after its image data");
  }

  private static BadImageException truncated(String type, String why) {
    return new BadImageException("the " + type + " is cut short: " + why);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
