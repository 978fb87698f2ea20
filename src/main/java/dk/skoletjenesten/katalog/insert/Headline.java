package dk.skoletjenesten.katalog.insert;

import dk.skoletjenesten.katalog.format.Danish;

/**
 * The insert's computed headline, as on the real Aabenraa insert: "Mere end 70 steder at tage hen
 * med åben skole i Aabenraa Kommune" for 72 places. The count is rounded down to a ten; a count
 * that is a ten already, or under 20, is printed as it is, so the headline is never false.
 */
final class Headline {
  private Headline() {}

  static String forPlaces(int places, String municipalityName) {
    return count(places)
        + " "
        + Danish.plural(places, "sted", "steder")
        + " at tage hen med åben skole i "
        + municipalityName;
  }

  private static String count(int places) {
    if (places == 1) {
      return "Ét";
    }
    return places < 20 || places % 10 == 0
        ? String.valueOf(places)
        : "Mere end " + places / 10 * 10;
  }
}
