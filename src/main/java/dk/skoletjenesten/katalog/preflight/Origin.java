package dk.skoletjenesten.katalog.preflight;

/** Where in a page's content something is painted, as named in messages. */
enum Origin {
  PAGE("page content"),
  FORM("form XObject"),
  ANNOTATION("annotation appearance"),
  PATTERN("tiling pattern"),
  TYPE3("Type3 glyph");

  private final String description;

  Origin(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }
}
