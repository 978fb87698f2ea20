package dk.skoletjenesten.katalog.draw;

/** A rectangle in PDF points, lower-left corner at ({@code x}, {@code y}). */
record Box(float x, float y, float width, float height) {
  float top() {
    return y + height;
  }

  float right() {
    return x + width;
  }
}
