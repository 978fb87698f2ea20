package dk.skoletjenesten.katalog.sticker;

/** The width of a text in millimetres when set in the sticker's bold or regular face. */
interface TextMeasure {
  double widthMm(String text, boolean bold, double sizePt);
}
