package dk.skoletjenesten.katalog.sticker;

/** The size of a text in millimetres when set in the sticker's bold or regular face. */
interface TextMeasure {
  /** The advance width of {@code text}. */
  double widthMm(String text, boolean bold, double sizePt);

  /**
   * How far the ink of {@code text} reaches above its baseline (index 0) and below it (index 1,
   * positive downwards): the real outlines, so that the ring of "å" and the tail of "j" count.
   */
  double[] inkMm(String text, boolean bold, double sizePt);
}
