package dk.skoletjenesten.katalog.format;

import java.util.Objects;

/**
 * Artwork a publication model places on a page, named logically: a QR code for a text (a web
 * address), a data image by its file name in the data folder's {@code images/}, or a vector chart
 * by its id (the renderer is given the charts of the document). The template boundary turns it into
 * what the PDF renderer loads; models never see how.
 */
public sealed interface Artwork {
  static Artwork qrCode(String text) {
    return new QrCode(text);
  }

  static Artwork image(String name) {
    return new Image(name);
  }

  static Artwork chart(String id) {
    return new Chart(id);
  }

  /** A vector QR code (100 K) that encodes {@code text}. */
  record QrCode(String text) implements Artwork {
    public QrCode {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The data image {@code images/NAME}, printed in CMYK. */
  record Image(String name) implements Artwork {
    public Image {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The chart {@code id} of the document being rendered, drawn as vector art. */
  record Chart(String id) implements Artwork {
    public Chart {
      Objects.requireNonNull(id, "id");
    }
  }
}
