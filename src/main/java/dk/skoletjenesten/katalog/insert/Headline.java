package dk.skoletjenesten.katalog.insert;

/**
 * The insert's computed headline, as on the real Aabenraa insert: "Mere end 70 steder at tage hen
 * med åben skole i Aabenraa Kommune" for 72 places. The count is rounded down to a ten; a count
 * that is a ten already, or under 20, is printed as it is, so the headline is never false.
 */
final class Headline {
  private Headline() {}

  static String forPlaces(int places, String municipalityName) {
    String tail = " steder at tage hen med åben skole i " + municipalityName;
    if (places < 20 || places % 10 == 0) {
      return (places == 1
          ? "Ét sted at tage hen med åben skole i " + municipalityName
          : places + tail);
    }
    return "Mere end " + (places / 10 * 10) + tail;
  }
}
