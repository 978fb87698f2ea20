package dk.skoletjenesten.katalog.proof;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a page looks like and says, as two SHA-256 hex digests, for comparing bundles without the
 * PDFs. {@code render}: the page's proof pixels (60 dpi, cropped to the trim) as R, G, B bytes, row
 * by row from the top, so it equals {@code sha256(Image.open(png).convert("RGB").tobytes())} of the
 * proof PNG. {@code text}: the page's text as PDFBox extracts it, without its folio, every run of
 * white space made one space, trimmed, in UTF-8; a page that only moved keeps it.
 */
public record PageSignature(String render, String text) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public PageSignature {
    Objects.requireNonNull(render, "render");
    Objects.requireNonNull(text, "text");
    if (!SHA256_HEX.matcher(render).matches() || !SHA256_HEX.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "a page signature is two SHA-256 hex digests, got " + render + ", " + text);
    }
  }
}
