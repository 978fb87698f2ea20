package dk.skoletjenesten.katalog.draw;

/** One kind of chart text: face, size, leading from baseline to baseline, and colour. */
record TextStyle(ChartFonts.Face face, float sizePt, float leadingPt, CmykColour colour) {
  /** The title: Lato Bold 10.5 pt in 100 K. */
  static final TextStyle TITLE = new TextStyle(ChartFonts.Face.BOLD, 10.5f, 13f, ChartPalette.TEXT);

  /** Category labels and legend entries: Lato Regular 8 pt in 100 K. */
  static final TextStyle LABEL =
      new TextStyle(ChartFonts.Face.REGULAR, 8f, 9.6f, ChartPalette.TEXT);

  /** Values at bar ends, over columns and in legends: Lato Bold 8 pt in 100 K. */
  static final TextStyle VALUE = new TextStyle(ChartFonts.Face.BOLD, 8f, 9.6f, ChartPalette.TEXT);

  /** The source line: Lato Regular 7 pt in K60. */
  static final TextStyle SOURCE =
      new TextStyle(ChartFonts.Face.REGULAR, 7f, 8.5f, ChartPalette.SOURCE);

  TextStyle withSize(float sizePt) {
    return new TextStyle(face, sizePt, leadingPt * sizePt / this.sizePt, colour);
  }
}
