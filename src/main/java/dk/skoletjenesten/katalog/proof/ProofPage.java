package dk.skoletjenesten.katalog.proof;

import java.util.Objects;

/**
 * One page's proof: its number (from 1), its size in pixels, its PNG and its signature. The trim
 * size in millimetres is the pixel size at {@link PageRenderer#DPI}, give or take a pixel.
 */
record ProofPage(int number, int widthPx, int heightPx, byte[] png, PageSignature signature) {
  ProofPage {
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(signature, "signature");
  }
}
