package dk.skoletjenesten.katalog.catalogue;

/** How wide a text prints, so that the model can break index lines where the layout will. */
interface TextWidth {
  /** The advance width of {@code text} in the regular or the black face at {@code sizePt}. */
  double widthMm(String text, boolean black, double sizePt);
}
