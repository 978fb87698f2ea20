package dk.skoletjenesten.katalog.sampledata;

/** The first two digits Danish landline numbers typically have in each part of the country. */
final class Phones {
  private Phones() {}

  static String[] prefixes(int municipality) {
    if (municipality == 400) {
      return new String[] {"56"};
    }
    if (municipality < 200) {
      return new String[] {"32", "33", "35", "36", "38", "43", "44"};
    }
    if (municipality < 300
        && municipality != 253
        && municipality != 259
        && municipality != 265
        && municipality != 269) {
      return new String[] {"45", "47", "48", "49"};
    }
    if (municipality < 400) {
      return new String[] {"46", "55", "56", "57", "58", "59"};
    }
    if (municipality < 500) {
      return new String[] {"62", "63", "64", "65", "66"};
    }
    if (municipality < 600) {
      return new String[] {"73", "74", "75", "76"};
    }
    if (municipality < 640) {
      return new String[] {"75", "76"};
    }
    return municipality < 800
        ? new String[] {"86", "87", "89", "96", "97"}
        : new String[] {"96", "98", "99"};
  }
}
