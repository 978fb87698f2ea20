package dk.skoletjenesten.katalog.sampledata;

/**
 * One institution as the generator knows it; {@code offers} is false for the one without offers.
 */
record Inst(
    String id,
    String name,
    Kind kind,
    boolean partner,
    Reference.Place place,
    String street,
    String url,
    String phone,
    String email,
    String description,
    String logo,
    boolean offers) {

  int municipality() {
    return place.municipality();
  }

  String town() {
    return place.spoken();
  }
}
