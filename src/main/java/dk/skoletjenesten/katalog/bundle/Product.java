package dk.skoletjenesten.katalog.bundle;

/** What a file in the printer bundle is; {@link #key()} is the word in manifest.json. */
public enum Product {
  CATALOGUE("catalogue"),
  CATALOGUE_COVER("catalogue-cover"),
  INSERT("insert"),
  STICKER("sticker"),
  STICKER_SHEET("sticker-sheet"),
  ANNUAL_REPORT("annual-report");

  private final String key;

  Product(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
