package dk.skoletjenesten.katalog.proof;

/**
 * Where the tiles of a contact sheet go: A3 landscape sheets, a header band, tiles (a spread, or
 * the one page of a single-page file) in rows, each with its page numbers under it. The tiles are
 * as large as fits one sheet when their pages stay at least {@link #MIN_PAGE_HEIGHT_MM} high (or
 * their full size, never larger); otherwise that size on as many sheets as needed. Millimetres,
 * origin at the sheet's top left.
 */
final class SheetGrid {
  static final double SHEET_WIDTH_MM = 420;
  static final double SHEET_HEIGHT_MM = 297;
  static final double MARGIN_MM = 12;
  static final double HEADER_MM = 16;
  static final double LABEL_MM = 6;
  static final double GAP_X_MM = 8;
  static final double GAP_Y_MM = 4;
  static final double MIN_PAGE_HEIGHT_MM = 55;

  private static final double AREA_WIDTH_MM = SHEET_WIDTH_MM - 2 * MARGIN_MM;
  private static final double AREA_HEIGHT_MM = SHEET_HEIGHT_MM - 2 * MARGIN_MM - HEADER_MM;

  private final int tiles;
  private final double tileWidthMm;
  private final double tileHeightMm;
  private final int columns;
  private final int rows;
  private final double scale;

  private SheetGrid(int tiles, double tileWidthMm, double tileHeightMm, int columns, int rows) {
    this.tiles = tiles;
    this.tileWidthMm = tileWidthMm;
    this.tileHeightMm = tileHeightMm;
    this.columns = columns;
    this.rows = rows;
    this.scale = Math.min(1, fit(tileWidthMm, tileHeightMm, columns, rows));
  }

  /**
   * The grid for {@code tiles} tiles of {@code tileWidthMm} x {@code tileHeightMm} at full size.
   */
  static SheetGrid of(int tiles, double tileWidthMm, double tileHeightMm) {
    if (tiles < 1 || tileWidthMm <= 0 || tileHeightMm <= 0) {
      throw new IllegalArgumentException(
          "a contact sheet needs tiles, got "
              + tiles
              + " of "
              + tileWidthMm
              + " x "
              + tileHeightMm);
    }
    SheetGrid best = null;
    for (int columns = 1; columns <= tiles; columns++) {
      int rows = (tiles + columns - 1) / columns;
      SheetGrid grid = new SheetGrid(tiles, tileWidthMm, tileHeightMm, columns, rows);
      if (best == null || grid.scale > best.scale) {
        best = grid;
      }
    }
    if (best.scale * tileHeightMm >= Math.min(MIN_PAGE_HEIGHT_MM, tileHeightMm) - 1e-9) {
      return best;
    }
    double least = MIN_PAGE_HEIGHT_MM / tileHeightMm;
    int columns = fitting(AREA_WIDTH_MM, tileWidthMm * least, GAP_X_MM);
    int rows = fitting(AREA_HEIGHT_MM, tileHeightMm * least + LABEL_MM, GAP_Y_MM);
    return new SheetGrid(tiles, tileWidthMm, tileHeightMm, columns, rows);
  }

  private static int fitting(double room, double size, double gap) {
    return Math.max(1, (int) Math.floor((room + gap) / (size + gap)));
  }

  /** The scale at which {@code columns} x {@code rows} tiles fill the area. */
  private static double fit(double tileWidthMm, double tileHeightMm, int columns, int rows) {
    double byWidth = (AREA_WIDTH_MM - (columns - 1) * GAP_X_MM) / (columns * tileWidthMm);
    double byHeight =
        (AREA_HEIGHT_MM - rows * LABEL_MM - (rows - 1) * GAP_Y_MM) / (rows * tileHeightMm);
    return Math.min(byWidth, byHeight);
  }

  /** How much a page is reduced: 1 is its trim size. */
  double scale() {
    return scale;
  }

  int tilesPerSheet() {
    return columns * rows;
  }

  int sheets() {
    return (tiles + tilesPerSheet() - 1) / tilesPerSheet();
  }

  /** The sheet (from 0) tile {@code tile} (from 0) is on. */
  int sheetOf(int tile) {
    return tile / tilesPerSheet();
  }

  /** The left edge of tile {@code tile}: the grid centred across the sheet. */
  double tileLeftMm(int tile) {
    int column = tile % tilesPerSheet() % columns;
    double gridWidth = columns * tileWidthMm * scale + (columns - 1) * GAP_X_MM;
    return (SHEET_WIDTH_MM - gridWidth) / 2 + column * (tileWidthMm * scale + GAP_X_MM);
  }

  /** The top edge of tile {@code tile}: rows from below the header down. */
  double tileTopMm(int tile) {
    int row = tile % tilesPerSheet() / columns;
    return MARGIN_MM + HEADER_MM + row * (tileHeightMm * scale + LABEL_MM + GAP_Y_MM);
  }

  @Override
  public String toString() {
    return columns + " x " + rows + " at " + Math.round(scale * 1000) / 1000.0;
  }
}
